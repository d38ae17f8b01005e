import './deck.css';

/** The full-screen deck has no dashboard chrome: the page is the canvas. */
export default function PresentLayout({ children }: { children: React.ReactNode }) {
  return children;
}
