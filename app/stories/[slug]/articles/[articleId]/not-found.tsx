import { NotFoundState } from '@/components/not-found-state';

export default function ArticleNotFound() {
  return <NotFoundState title="Article not found">This story has no article with this link. It may have been removed from the story.</NotFoundState>;
}
