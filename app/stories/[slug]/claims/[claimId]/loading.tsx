import { LoadingState } from '@/components/loading-state';

export default function ClaimLoading() {
  return <LoadingState what="the claim" />;
}
