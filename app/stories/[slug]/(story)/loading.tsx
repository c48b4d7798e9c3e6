import { LoadingState } from '@/components/loading-state';

export default function StoryLoading() {
  return <LoadingState what="the story" />;
}
