// Places an island in a prerendered page: its HTML is rendered now, inside an element that names
// the island and carries its props as JSON; the browser hydrates that element alone.
import type { ComponentProps, ComponentType } from 'react';
import { useIslandCollector } from './collector';
import { IslandRoot } from './IslandRoot';
import { pickMessages } from './messages';
import type { IslandName } from './registry';
import { islandModules } from './server-registry';

type PropsOf<N extends IslandName> = ComponentProps<(typeof islandModules)[N]['default']>;

interface Props<N extends IslandName> {
  name: N;
  props: PropsOf<N>;
  /** The wrapping element: "span" inside a heading or a line of text. */
  as?: 'div' | 'span';
  /**
   * When it comes alive: "load", just after the first paint (the default); "interaction" at the
   * reader's first tap, key or focus inside it (or at once when the address asks for a state),
   * for a large island at the top of a page that most readers only read (the guide finder);
   * "ticked" once the step named by its props (guideId, stepId) has a tick, at load or later (a
   * tick carried in from another tab, an import, or choosing another child), for an island that
   * has nothing to show until then (a step's re-check and change notes).
   */
  hydrate?: 'load' | 'interaction' | 'ticked';
  className?: string;
}

export function Island<N extends IslandName>({ name, props, as: Tag = 'div', className, hydrate = 'load' }: Props<N>) {
  const collector = useIslandCollector();
  const module = islandModules[name];
  const messages = pickMessages(module.messages, collector.lookup);
  const id = collector.register(name, messages);
  // Each island's props type is checked where <Island> is used (PropsOf<N>); here any island will do.
  const Component = module.default as unknown as ComponentType<Record<string, unknown>>;
  return (
    <Tag data-island={name} data-island-id={id} data-hydrate={hydrate} data-props={JSON.stringify(props)} className={className}>
      <IslandRoot id={id} language={collector.language} messages={messages} store={collector.store}>
        <Component {...(props as Record<string, unknown>)} />
      </IslandRoot>
    </Tag>
  );
}
