import { NotFoundState } from '@/components/not-found-state';

export default function NotFound() {
  return <NotFoundState title="Page not found">There is nothing at this address. It may have been mistyped.</NotFoundState>;
}
