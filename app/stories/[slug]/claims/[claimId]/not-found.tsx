import { NotFoundState } from '@/components/not-found-state';

export default function ClaimNotFound() {
  return (
    <NotFoundState title="Claim not found">
      This story has no claim with this link. If the link is old, the articles may have been edited so that the claim no longer exists; the story itself may still have it in other words.
    </NotFoundState>
  );
}
