import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../shared/model/localized-text';
import type { Host } from '../host/host';

/** The UI language: starts from `initial`, then the host's preference; switching tells the host and sets <html lang>. */
export function useLanguage(host: Host, initial: Lang): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(initial);
  // A choice the user made before the host answered must win over the host's preference.
  const chosen = useRef(false);
  useEffect(() => {
    let alive = true;
    void host.getPreferredLanguage().then((result) => {
      if (alive && result.ok && !chosen.current) setLang(result.value);
    });
    return () => {
      alive = false;
    };
  }, [host]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const choose = useCallback(
    (next: Lang) => {
      chosen.current = true;
      setLang(next);
      void host.setLanguage(next);
    },
    [host],
  );
  return [lang, choose];
}
