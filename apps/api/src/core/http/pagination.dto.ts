import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@icspa/domain';

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

/** Swagger needs a concrete class per page type; this builds one. */
export function PageOf<T>(item: new () => T, name: string) {
  class PageDto {
    @ApiProperty({ description: 'The items of this page', type: [item] })
    items: T[];
    @ApiProperty({ description: 'Items matching the query, on all pages' })
    total: number;
    @ApiProperty({ description: 'This page number, from 1' })
    page: number;
    @ApiProperty({ description: 'Items per page' })
    pageSize: number;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}
