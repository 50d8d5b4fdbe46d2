import { describe, expect, it } from 'vitest';
import { listBuiltins, readBuiltin, scenarioTitle, virtualPath } from '../../../ui/library/builtins.ts';

const files = {
  '../../scenarios/003-double11/peak.yaml': 'extends: ./baseline.yaml\nname: Peak\n',
  '../../scenarios/003-double11/baseline.yaml': 'name: Double 11 baseline\n',
  '../../scenarios/default.yaml': 'name: Default shop\n',
  '../../scenarios/broken.yaml': 'name: [\n',
};

describe('built-in scenarios', () => {
  it('maps bundle keys to virtual absolute paths under /scenarios', () => {
    expect(virtualPath('../../scenarios/003-double11/peak.yaml')).toBe('/scenarios/003-double11/peak.yaml');
  });

  it('lists the default first, then top-level files, then plan folders by name', () => {
    const list = listBuiltins(files);
    expect(list.map((b) => b.fileName)).toEqual(['/scenarios/default.yaml', '/scenarios/broken.yaml', '/scenarios/003-double11/baseline.yaml', '/scenarios/003-double11/peak.yaml']);
    expect(list[2]).toMatchObject({ id: 'builtin:003-double11/baseline.yaml', group: '003-double11', title: 'Double 11 baseline' });
  });

  it('titles a file that does not parse by its file name', () => {
    expect(scenarioTitle('name: [\n', '/scenarios/broken.yaml')).toBe('broken.yaml');
  });

  it('reads a base file by path and fails like a missing file otherwise', () => {
    expect(readBuiltin('/scenarios/003-double11/baseline.yaml', files)).toBe('name: Double 11 baseline\n');
    expect(() => readBuiltin('/scenarios/nope.yaml', files)).toThrow('file not found: /scenarios/nope.yaml');
  });

  it('bundles the repository scenario files', () => {
    for (const b of listBuiltins()) expect(b.fileName).toMatch(/^\/scenarios\/.+\.yaml$/);
  });
});
