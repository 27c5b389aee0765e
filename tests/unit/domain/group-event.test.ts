import { graphDateTime, groupEventOf, threadLink } from '../../../bot/src/domain/group-event';
import type { Meeting } from '../../../bot/src/domain/meeting';

const meeting: Meeting = {
  id: '6f1d2c3b-0000-4000-8000-000000000001',
  tenantId: 't',
  councilId: 'c',
  year: 2027,
  startsAt: new Date('2027-03-16T12:00:00Z'),
  endsAt: new Date('2027-03-16T13:30:00Z'),
  place: 'Rum <2>',
  online: true,
  status: 'scheduled',
  revision: 1,
};
const text = {
  subject: 'Kvalitetsråd – Solgården',
  paragraphs: [{ text: 'Dagordningen:', link: { label: 'Öppna', url: 'https://teams.microsoft.com/l/message/a?b=1&c=2' } }],
};

describe("a meeting as an event of the team's group calendar", () => {
  it("keeps the wall-clock time in the council's zone, under the Windows id Graph documents, across DST", () => {
    expect(graphDateTime(new Date('2027-03-16T12:00:00Z'), 'Europe/Stockholm')).toEqual({
      dateTime: '2027-03-16T13:00:00',
      timeZone: 'W. Europe Standard Time',
    });
    expect(graphDateTime(new Date('2027-04-13T11:00:00Z'), 'Europe/Stockholm')).toEqual({
      dateTime: '2027-04-13T13:00:00',
      timeZone: 'W. Europe Standard Time',
    });
  });

  it('sends a zone without a known Windows id as UTC, so the instant stays right', () => {
    expect(graphDateTime(new Date('2027-03-16T12:00:00Z'), 'America/Argentina/Ushuaia')).toEqual({
      dateTime: '2027-03-16T12:00:00',
      timeZone: 'UTC',
    });
  });

  it('asks for a Teams meeting when online and the schedule has no Teams link of its own, and escapes the body', () => {
    const event = groupEventOf(meeting, 'Europe/Stockholm', text);
    expect(event).toMatchObject({
      subject: 'Kvalitetsråd – Solgården',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      location: { displayName: 'Rum <2>' },
    });
    expect(event.body.content).toBe('<p>Dagordningen: <a href="https://teams.microsoft.com/l/message/a?b=1&amp;c=2">Öppna</a></p>');
    expect(
      groupEventOf(meeting, 'Europe/Stockholm', { ...text, teamsLink: 'https://teams.microsoft.com/l/meetup-join/x' }).isOnlineMeeting,
    ).toBeUndefined();
    expect(groupEventOf({ ...meeting, online: false, place: '' }, 'Europe/Stockholm', text)).not.toHaveProperty('location');
  });

  it("links the invitation's thread in the channel", () => {
    expect(threadLink({ tenantId: 't1', groupId: 'g1', channelId: '19:abc@thread.tacv2' }, '1700000000000')).toBe(
      'https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/1700000000000?tenantId=t1&groupId=g1&parentMessageId=1700000000000',
    );
  });
});
