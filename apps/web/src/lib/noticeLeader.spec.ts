import { describe, expect, it } from '@jest/globals';
import type { User } from '../api/types';
import { leaderLabel, noticeLeader } from './noticeLeader';

const leader = (number: number, name: string, title: string | null): User => ({
  id: `leader-${number}`,
  email: `${number}@x.vn`,
  name,
  role: 'leader',
  title,
  unitId: null,
  active: true,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});
const chairman = leader(1, 'Phạm Việt Hùng', 'Chủ tịch UBND huyện');
const deputy = leader(2, 'Lương Thế Quý', 'Phó Chủ tịch Thường trực UBND huyện');
const otherDeputy = leader(3, 'Nguyễn Thị Lan', 'Phó Chủ tịch UBND huyện');
const leaders = [chairman, deputy, otherDeputy];

describe('noticeLeader', () => {
  it('takes the chairman when the conclusions are the chairman’s, not a deputy', () => {
    expect(
      noticeLeader({ title: 'Kết luận của đồng chí Chủ tịch Ủy ban nhân dân huyện tại Hội nghị làm việc với ngành Giáo dục', sourceText: '' }, leaders),
    ).toEqual({ said: 'Chủ tịch Ủy ban nhân dân huyện', leaderId: 'leader-1' });
  });

  it('takes the deputy the notice names, by name in the words or by the office the text gives that name', () => {
    expect(noticeLeader({ title: 'Kết luận của đồng chí Phó Chủ tịch UBND huyện Nguyễn Thị Lan tại cuộc họp', sourceText: '' }, leaders).leaderId).toBe(
      'leader-3',
    );
    const sourceText =
      'KẾT LUẬN CỦA ĐỒNG CHÍ PHÓ CHỦ TỊCH THƯỜNG TRỰC UBND HUYỆN\ntại cuộc họp\nNgày 5/10, đồng chí Lương Thế Quý - Phó Chủ tịch Thường trực UBND huyện chủ trì';
    expect(noticeLeader({ title: null, sourceText }, [chairman, leader(2, 'Lương Thế Quý', null), otherDeputy])).toEqual({
      said: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC UBND HUYỆN',
      leaderId: 'leader-2',
    });
  });

  it('takes the one leader whose office fits, and none when several do or nothing is said', () => {
    expect(
      noticeLeader({ title: 'Kết luận của đồng chí Phó Chủ tịch Thường trực UBND huyện về công tác cải cách hành chính', sourceText: '' }, leaders).leaderId,
    ).toBe('leader-2');
    expect(noticeLeader({ title: 'Kết luận của đồng chí Phó Chủ tịch UBND huyện về công tác cải cách hành chính', sourceText: '' }, leaders)).toEqual({
      said: 'Phó Chủ tịch UBND huyện',
      leaderId: null,
    });
    expect(noticeLeader({ title: 'Kết luận của đồng chí Phó Chủ tịch Thường trực UBND huyện Trần Văn Bình tại cuộc họp', sourceText: '' }, leaders)).toEqual({
      said: 'Phó Chủ tịch Thường trực UBND huyện Trần Văn Bình',
      leaderId: null,
    });
    expect(noticeLeader({ title: 'Về việc triển khai nhiệm vụ năm học', sourceText: 'UBND huyện yêu cầu các phòng...' }, leaders)).toEqual({
      said: null,
      leaderId: null,
    });
  });

  it('lists a leader with the office held', () => {
    expect(leaderLabel(deputy)).toBe('Lương Thế Quý — Phó Chủ tịch Thường trực UBND huyện');
    expect(leaderLabel({ name: 'Lê Văn A', title: null })).toBe('Lê Văn A');
  });
});
