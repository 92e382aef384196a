// Desktop menu commands (导入 / 导出) forwarded by main.
import { useEffect, useRef } from 'react';
import { onPush } from '../api/client';

export function useMenuCommands(handlers: { import: () => void; export: () => void }): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(
    () =>
      onPush('menu.command', ({ command }) => {
        if (command === 'import') latest.current.import();
        else if (command === 'export') latest.current.export();
      }),
    [],
  );
}
