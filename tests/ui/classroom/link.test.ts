// Classroom links: which page a hash opens, a learner's link with their seat, and the hub's URL.
import { describe, expect, it } from 'vitest';
import { hubUrl, joinHash, parseClassroomLink } from '../../../ui/classroom/link.ts';

describe('classroom links', () => {
  it('open the trainer page with its token and the learner page with the code in capitals', () => {
    expect(parseClassroomLink('#/classroom/trainer?token=abc_DEF-123')).toEqual({ page: 'trainer', token: 'abc_DEF-123' });
    expect(parseClassroomLink('#/classroom/join?code=kmrtpx')).toEqual({ page: 'join', code: 'KMRTPX', seat: '' });
    expect(parseClassroomLink('#/classroom/join?code=KMRTPX&seat=s3at')).toEqual({ page: 'join', code: 'KMRTPX', seat: 's3at' });
    expect(parseClassroomLink('#/classroom/trainer')).toEqual({ page: 'trainer', token: '' });
  });

  it('leave every other hash to the workbench', () => {
    for (const hash of ['', '#beergame', '#lesson=newsvendor', '#/classroom/admin', '#/classroomjoin?code=A']) expect(parseClassroomLink(hash)).toBeNull();
  });

  it('round-trip a learner\'s link with their seat token', () => {
    expect(parseClassroomLink(joinHash('KMRTPX', 'tok-1'))).toEqual({ page: 'join', code: 'KMRTPX', seat: 'tok-1' });
    expect(joinHash('KMRTPX')).toBe('#/classroom/join?code=KMRTPX');
  });

  it('reach the hub on the same host, over wss behind https', () => {
    expect(hubUrl({ protocol: 'http:', host: '192.168.1.5:8080' })).toBe('ws://192.168.1.5:8080/classroom/ws');
    expect(hubUrl({ protocol: 'https:', host: 'class.example' })).toBe('wss://class.example/classroom/ws');
  });
});
