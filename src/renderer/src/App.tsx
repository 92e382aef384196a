// The app's providers around the window shell.
import { NoticesProvider } from './common/NoticesProvider';
import { ReviewerProvider } from './common/ReviewerProvider';
import { Shell } from './shell/Shell';

export function App() {
  return (
    <NoticesProvider>
      <ReviewerProvider>
        <Shell />
      </ReviewerProvider>
    </NoticesProvider>
  );
}
