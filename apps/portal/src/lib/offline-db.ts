import type { Schemas } from '@icspa/api-client';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * What the portal keeps on this device for reading offline (IndexedDB, database `icspa-offline`): the
 * courses an officer saved with their lessons (images go to the Cache Storage `IMAGE_CACHE`, which the
 * service worker answers from), the last progress of each enrolment, and the lesson completions made
 * offline that wait to be sent. (The signed-in user is kept in localStorage: `features/auth/api/get-me.ts`.)
 */
export const IMAGE_CACHE = 'icspa-lesson-images';

export interface SavedCourse {
  courseId: string;
  userId: string;
  enrolmentId: string;
  /** The portal's language when it was saved (the lessons are as the API gave them then). */
  language: string;
  savedAt: string;
  /** Bytes kept: the course and lessons as JSON (UTF-8) and the images. */
  bytes: number;
  lessonCount: number;
  imageUrls: string[];
  course: Schemas['CourseDetailDto'];
}

export interface SavedLesson {
  lessonId: string;
  courseId: string;
  lesson: Schemas['LessonDto'];
}

export interface PendingCompletion {
  /** The id this browser gave the completion (sent as `clientId`: the server accepts it once). */
  clientId: string;
  userId: string;
  enrolmentId: string;
  lessonId: string;
  lessonTitle: string;
  queuedAt: string;
  /** `refused`: the server answered with a refusal, shown until the officer dismisses it. */
  state: 'pending' | 'refused';
  refusal?: {
    status: number;
    code?: string;
    field?: string;
    params?: Record<string, string | number>;
    message: string;
  };
}

interface OfflineSchema extends DBSchema {
  courses: { key: string; value: SavedCourse };
  lessons: { key: string; value: SavedLesson; indexes: { byCourse: string } };
  progress: { key: string; value: { enrolmentId: string; progress: Schemas['ProgressDto'] } };
  pending: { key: string; value: PendingCompletion };
}

let opened: Promise<IDBPDatabase<OfflineSchema>> | undefined;

/** The database, or a rejection where IndexedDB is missing (then nothing is kept offline). */
function db(): Promise<IDBPDatabase<OfflineSchema>> {
  opened ??= openDB<OfflineSchema>('icspa-offline', 1, {
    upgrade(database) {
      database.createObjectStore('courses', { keyPath: 'courseId' });
      database.createObjectStore('lessons', { keyPath: 'lessonId' }).createIndex('byCourse', 'courseId');
      database.createObjectStore('progress', { keyPath: 'enrolmentId' });
      database.createObjectStore('pending', { keyPath: 'clientId' });
    },
  });
  return opened;
}

const listeners = new Set<() => void>();
/** Calls `listener` after every change of the saved courses or the queue (for the components showing them). */
export function onOfflineChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function changed() {
  for (const listener of listeners) listener();
}

// ---- saved courses ----

export async function saveCourse(saved: SavedCourse, lessons: SavedLesson[]): Promise<void> {
  const d = await db();
  const tx = d.transaction(['courses', 'lessons'], 'readwrite');
  const old = await tx.objectStore('lessons').index('byCourse').getAllKeys(saved.courseId);
  await Promise.all(old.map((key) => tx.objectStore('lessons').delete(key)));
  await Promise.all(lessons.map((lesson) => tx.objectStore('lessons').put(lesson)));
  await tx.objectStore('courses').put(saved);
  await tx.done;
  changed();
}

export async function savedCourse(courseId: string): Promise<SavedCourse | undefined> {
  return (await db()).get('courses', courseId);
}

export async function savedLesson(lessonId: string): Promise<SavedLesson | undefined> {
  return (await db()).get('lessons', lessonId);
}

/** Forgets a saved course: its lessons, and those of its images no other saved course shows. */
export async function removeCourse(courseId: string): Promise<void> {
  const d = await db();
  const course = await d.get('courses', courseId);
  const tx = d.transaction(['courses', 'lessons'], 'readwrite');
  const keys = await tx.objectStore('lessons').index('byCourse').getAllKeys(courseId);
  await Promise.all(keys.map((key) => tx.objectStore('lessons').delete(key)));
  await tx.objectStore('courses').delete(courseId);
  await tx.done;
  if (course && typeof caches !== 'undefined') {
    const still = new Set((await d.getAll('courses')).flatMap((c) => c.imageUrls));
    const cache = await caches.open(IMAGE_CACHE);
    await Promise.all(course.imageUrls.filter((url) => !still.has(url)).map((url) => cache.delete(url)));
  }
  changed();
}

// ---- progress copies ----

export async function keepProgress(enrolmentId: string, progress: Schemas['ProgressDto']): Promise<void> {
  await (await db()).put('progress', { enrolmentId, progress });
}

export async function keptProgress(enrolmentId: string): Promise<Schemas['ProgressDto'] | undefined> {
  return (await db()).get('progress', enrolmentId).then((row) => row?.progress);
}

// ---- completions waiting to be sent ----

export async function queueCompletion(item: PendingCompletion): Promise<void> {
  await (await db()).put('pending', item);
  changed();
}

/** The queue, oldest first. */
export async function queuedCompletions(): Promise<PendingCompletion[]> {
  const all = await (await db()).getAll('pending');
  return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

export async function dropCompletion(clientId: string): Promise<void> {
  await (await db()).delete('pending', clientId);
  changed();
}

export async function refuseCompletion(clientId: string, refusal: PendingCompletion['refusal']): Promise<void> {
  const d = await db();
  const item = await d.get('pending', clientId);
  if (item) await d.put('pending', { ...item, state: 'refused', refusal });
  changed();
}

/** A random UUID (v4), also where `crypto.randomUUID` is missing (a page served over plain http). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
