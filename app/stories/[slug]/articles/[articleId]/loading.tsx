import { LoadingState } from '@/components/loading-state';

export default function ArticleLoading() {
  return <LoadingState what="the article" />;
}
