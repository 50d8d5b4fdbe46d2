import { describe, expect, it } from 'vitest';
import { dirname, extension, isAbsolute, join, normalise, relative } from '../../../sim/scenario/posixPath.ts';

describe('posixPath', () => {
  it('normalises dot segments and repeated slashes', () => {
    expect(normalise('a//b/./c/../d.yaml')).toBe('a/b/d.yaml');
    expect(normalise('../x/../../y')).toBe('../../y');
    expect(normalise('/a/../../b')).toBe('/b');
    expect(normalise('./')).toBe('.');
  });

  it('takes the folder of a file path', () => {
    expect(dirname('plans/2026/a.yaml')).toBe('plans/2026');
    expect(dirname('a.yaml')).toBe('.');
    expect(dirname('/a.yaml')).toBe('/');
    expect(dirname('C:\\shop\\a.yaml')).toBe('C:/shop');
    expect(dirname('C:\\a.yaml')).toBe('C:/');
  });

  it('joins a relative path onto a folder and lets an absolute one win', () => {
    expect(join('plans/2026', '../common/peak.yaml')).toBe('plans/common/peak.yaml');
    expect(join('.', 'base.yaml')).toBe('base.yaml');
    expect(join('/srv/shop', '/etc/base.yaml')).toBe('/etc/base.yaml');
    expect(join('C:/shop', '..\\base.yaml')).toBe('C:/base.yaml');
  });

  it('recognises absolute paths on both systems', () => {
    expect([isAbsolute('/a'), isAbsolute('C:\\a'), isAbsolute('a/b'), isAbsolute('./a')]).toEqual([true, true, false, false]);
  });

  it('writes a path relative to a folder', () => {
    expect(relative('/srv/shop', '/srv/shop/base.yaml')).toBe('base.yaml');
    expect(relative('/srv/shop/plans', '/srv/shop/common/b.yaml')).toBe('../common/b.yaml');
    expect(relative('plans', 'plans/a.yaml')).toBe('a.yaml');
    expect(relative('C:/a', 'D:/b.yaml')).toBe('D:/b.yaml');
  });

  it('reads the extension in lower case', () => {
    expect([extension('a/B.YML'), extension('x.json'), extension('.hidden'), extension('noext')]).toEqual(['yml', 'json', '', '']);
  });
});
