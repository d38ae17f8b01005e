import './bulletin.css';

/** The printable 通报 has its own page: no dashboard chrome, A4 sheet on screen, GB/T 9704 in print. */
export default function BulletinLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-screen bg-slate-200 py-2 print:bg-white print:py-0">{children}</div>;
}
