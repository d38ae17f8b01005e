'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { autoNext, deckQuery, keyCommand, type DeckParams, type DeckTheme } from '@/lib/deck/nav';

/**
 * Plays server-rendered slides full-screen: keys and clicker buttons (see lib/deck/nav), F full
 * screen, B blank, kiosk auto-advance with loop (reloading live data at each loop), light/dark
 * theme; the URL always names the slide shown, so a link or reload reproduces it.
 */
export function DeckPlayer({
  slides,
  titles,
  initial,
  exitHref,
}: {
  slides: ReactNode[];
  titles: string[];
  initial: DeckParams;
  exitHref: string;
}) {
  const router = useRouter();
  const total = slides.length;
  const [slide, setSlide] = useState(initial.slide);
  const [theme, setTheme] = useState<DeckTheme>(initial.theme);
  const [blank, setBlank] = useState(false);
  const [controls, setControls] = useState(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const query = deckQuery({ ...initial, slide, theme });
    if (window.location.search !== `?${query}`) window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  }, [slide, theme, initial]);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('button, a') && (e.key === 'Enter' || e.key === ' ')) return;
      const cmd = keyCommand(e.key, slide, total, blank);
      if (!cmd) return;
      e.preventDefault();
      if (cmd.type === 'go') {
        setBlank(false);
        setSlide(cmd.slide);
      } else if (cmd.type === 'fullscreen') toggleFullscreen();
      else setBlank(cmd.type === 'blank');
    };
    window.addEventListener('keydown', onKey);
    // Says the keys work now (the server-rendered deck shows before the script runs).
    root.current?.setAttribute('data-keys', 'on');
    return () => window.removeEventListener('keydown', onKey);
  }, [slide, total, blank, toggleFullscreen]);

  useEffect(() => {
    if (initial.auto === null || blank) return;
    const timer = setTimeout(() => {
      const next = autoNext(slide, total, initial.loop);
      if (next === null) return;
      if (next < slide) router.refresh();
      setSlide(next);
    }, initial.auto * 1000);
    return () => clearTimeout(timer);
  }, [slide, blank, total, initial.auto, initial.loop, router]);

  const showControls = () => {
    setControls(true);
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setControls(false), 3000);
  };

  const go = (n: number) => {
    setBlank(false);
    setSlide(Math.min(Math.max(1, n), total));
  };

  return (
    <div ref={root} className="deck-root" data-theme={theme} data-testid="deck" onMouseMove={showControls}>
      <div className="deck-canvas" data-testid="deck-canvas">
        {slides.map((content, i) => (
          <section
            key={i}
            hidden={i + 1 !== slide}
            className="h-full"
            data-testid="slide"
            data-number={i + 1}
            aria-label={`第${i + 1}张，共${total}张：${titles[i] ?? ''}`}
          >
            {content}
          </section>
        ))}
        {blank && (
          <div className="absolute inset-0 z-20 bg-black" data-testid="deck-blank">
            <span className="sr-only">黑屏中，按 B 恢复</span>
          </div>
        )}
        <nav
          aria-label="演示控制"
          className="deck-controls deck-panel absolute top-4 right-4 z-30 flex gap-2 rounded-lg p-2 text-[1.5rem]"
          data-shown={controls ? 'true' : 'false'}
        >
          <ControlButton onClick={() => go(slide - 1)} disabled={slide <= 1}>
            ‹ 上一页
          </ControlButton>
          <ControlButton onClick={() => go(slide + 1)} disabled={slide >= total}>
            下一页 ›
          </ControlButton>
          <ControlButton onClick={toggleFullscreen}>全屏（F）</ControlButton>
          <ControlButton onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
            {theme === 'dark' ? '浅色主题' : '深色主题'}
          </ControlButton>
          <Link href={exitHref} className="rounded px-3 py-1 underline">
            退出
          </Link>
        </nav>
      </div>
      <p className="sr-only" aria-live="polite" data-testid="deck-status">
        {blank ? '黑屏' : `第${slide}张，共${total}张：${titles[slide - 1] ?? ''}`}
      </p>
    </div>
  );
}

function ControlButton({ children, onClick, disabled }: { children: ReactNode; onClick: () => void; disabled?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className="rounded px-3 py-1 underline-offset-4 hover:underline disabled:opacity-40"
    >
      {children}
    </button>
  );
}
