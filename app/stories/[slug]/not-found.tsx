import { NotFoundState } from '@/components/not-found-state';

export default function StoryNotFound() {
  return <NotFoundState title="Story not found">There is no story at this address. It may have been mistyped, or the story was removed.</NotFoundState>;
}
