import { useMutation } from '@tanstack/react-query';
import { IMAGE_CACHE, removeCourse, saveCourse, type SavedLesson } from '@/lib/offline-db';
import { getCourse } from './get-course';
import { getLesson } from './get-lesson';

/** Same-origin images of a lesson's Markdown (`![alt](/lessons/x.svg "…")`): the CSP allows no others. */
export function lessonImageUrls(markdown: string): string[] {
  const urls = [...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^\s)>]+)/g)].map((m) => m[1]);
  return [...new Set(urls.filter((url) => url.startsWith('/') && !url.startsWith('//')))];
}

const utf8Bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * Keeps a course on this device for reading offline: its outline, every lesson as the API gives it now (in
 * the reader's language) and the lessons' images (Cache Storage, answered by the service worker).
 */
export async function saveCourseOffline(input: {
  courseId: string;
  enrolmentId: string;
  userId: string;
  language: string;
}): Promise<void> {
  const course = await getCourse(input.courseId);
  const lessonIds = course.modules.flatMap((m) => m.lessons.map((l) => l.id));
  const lessons: SavedLesson[] = [];
  for (const lessonId of lessonIds) lessons.push({ lessonId, courseId: course.id, lesson: await getLesson(lessonId) });
  const imageUrls = [...new Set(lessons.flatMap((l) => lessonImageUrls(l.lesson.body)))];
  let imageBytes = 0;
  if (typeof caches !== 'undefined') {
    const cache = await caches.open(IMAGE_CACHE);
    for (const url of imageUrls) {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
      imageBytes += (await res.clone().arrayBuffer()).byteLength;
      await cache.put(url, res);
    }
  }
  await saveCourse(
    {
      courseId: course.id,
      userId: input.userId,
      enrolmentId: input.enrolmentId,
      language: input.language,
      savedAt: new Date().toISOString(),
      bytes: utf8Bytes(course) + lessons.reduce((sum, l) => sum + utf8Bytes(l.lesson), 0) + imageBytes,
      lessonCount: lessons.length,
      imageUrls,
      course,
    },
    lessons,
  );
}

export function useSaveCourseOffline() {
  return useMutation({ mutationFn: saveCourseOffline });
}

export function useRemoveCourseOffline() {
  return useMutation({ mutationFn: (courseId: string) => removeCourse(courseId) });
}
