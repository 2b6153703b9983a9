import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { BadRequestException } from '@nestjs/common';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@icspa/domain';
import { coded } from '../errors/coded';

/** The last page a list serves: far beyond any real list, and its offset stays a small integer. */
export const MAX_PAGE = 100_000;

/** `?page=&pageSize=` of every list; extend it with the list's own filters. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'Page number, from 1', default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({
    description: `Items per page (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE})`,
    default: DEFAULT_PAGE_SIZE,
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export function pageWindow(query: PageQueryDto): { page: number; pageSize: number; skip: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, skip: (page - 1) * pageSize };
}

/**
 * A long list (audit events, people, certifications) also pages by cursor: `after` is the `nextCursor` of the
 * page before, and the next page starts right after its last item, however many items came in meanwhile.
 */
export class KeysetPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      'Cursor: the `nextCursor` of the previous page; the page starts after its last item (then `page` only labels it)',
    maxLength: 200,
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/)
  after?: string;
}

/** A page's place in its list, as the SQL of a long list reads it: the cursor's values, or the offset. */
export function keysetWindow(
  query: KeysetPageQueryDto,
  arity: number,
): { page: number; pageSize: number; skip: number; after: string[] | null } {
  const window = pageWindow(query);
  if (!query.after) return { ...window, after: null };
  return { ...window, skip: 0, after: decodeCursor(query.after, arity) };
}

/** The cursor of the item a page ends with (its sort key, in the list's order), or null after the last page. */
export function nextCursor(rows: unknown[], pageSize: number, keyOf: () => (string | Date)[]): string | null {
  if (rows.length < pageSize) return null;
  const key = keyOf().map((v) => (v instanceof Date ? v.toISOString() : v));
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(after: string, arity: number): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== arity || !key.every((v) => typeof v === 'string' && v.length <= 320))
    throw new BadRequestException(coded('validation.invalid', 'after', 'not a cursor this list gave'));
  return key as string[];
}

/** Swagger needs a concrete class per page type; this builds one. */
export function PageOf<T>(item: new () => T, name: string) {
  class PageDto {
    @ApiProperty({ description: 'The items of this page', type: [item] })
    items: T[];
    @ApiProperty({
      description: 'Items matching the query, on all pages: exact up to 10,000, an estimate above (`totalIsEstimate`)',
    })
    total: number;
    @ApiPropertyOptional({
      description: 'Present and true when `total` is the database’s estimate (more than 10,000 items match)',
    })
    totalIsEstimate?: boolean;
    @ApiProperty({ description: 'This page number, from 1' })
    page: number;
    @ApiProperty({ description: 'Items per page' })
    pageSize: number;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}

/** The page of a long list: `PageOf` and the cursor of the next page. */
export function KeysetPageOf<T>(item: new () => T, name: string) {
  class KeysetPageDto extends PageOf(item, name) {
    @ApiProperty({
      description: 'Pass as `after` for the page after this one; null when this page is the last',
      type: String,
      nullable: true,
    })
    nextCursor: string | null;
  }
  Object.defineProperty(KeysetPageDto, 'name', { value: name });
  return KeysetPageDto;
}
