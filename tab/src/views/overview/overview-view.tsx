import { Badge, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { OverviewResponse } from '@contract/follow-up';
import { paths } from '../../api/paths';
import { Pending, ReloadError } from '../../components/feedback';
import { LatestStatus, StatusLabel } from '../../components/status';
import { useResource } from '../../components/use-resource';
import { formatDay, formatInstant } from '../../format';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import { MeetingAnswersPart } from './meeting-answers';
import { OverviewCard } from './overview-card';
import { TeamCalendar } from './team-calendar';

const useStyles = makeStyles({
  grid: { display: 'grid', gap: tokens.spacingVerticalL, gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Översikt: the council's year at a glance. */
export function OverviewView({ councilId }: { councilId: string }) {
  const api = useApi();
  const overview = useResource(() => api.get<OverviewResponse>(paths.overview(councilId)), councilId);
  const styles = useStyles();
  const data = overview.data;
  if (!data) return <Pending resource={overview} />;
  return (
    <>
      <ReloadError resource={overview} />
      <div className={styles.grid}>
        <NextMeeting data={data} />
        <Schedule data={data} />
        {/* The team calendar is for the council's people: the server refuses it to the rest of the unit's staff. */}
        {(data.can.manage || data.can.contribute) && (
          <TeamCalendar council={data.council} year={data.year} planned={data.schedule.planned} canSync={data.can.manage} />
        )}
        <Proposals data={data} />
        <LatestMinutes data={data} />
        <Works data={data} />
      </div>
    </>
  );
}

type Part = { data: OverviewResponse };

function NextMeeting({ data }: Part) {
  const { t, locale } = useSpeech();
  const meeting = data.nextMeeting;
  return (
    <OverviewCard title={t('overview.nextMeeting')}>
      {meeting ? (
        <>
          <Text weight="semibold">{formatInstant(meeting.startsAt, data.council.timeZone, locale)}</Text>
          {meeting.place && <Text>{meeting.place}</Text>}
          <MeetingAnswersPart answers={meeting.answers} />
        </>
      ) : (
        <Text>{t('overview.noMeeting')}</Text>
      )}
    </OverviewCard>
  );
}

function Schedule({ data }: Part) {
  const { t } = useSpeech();
  const { planned, held, inPlaceByDeadline } = data.schedule;
  return (
    <OverviewCard title={t('overview.schedule', { year: data.year })}>
      <Text>{t('overview.planned', { count: planned })}</Text>
      <Text>{t('overview.held', { count: held })}</Text>
      <div>
        <Badge appearance="filled" color={inPlaceByDeadline ? 'success' : 'danger'} shape="rounded">
          {inPlaceByDeadline ? `✓ ${t('overview.inPlace')}` : `✕ ${t('overview.notInPlace')}`}
        </Badge>
      </div>
    </OverviewCard>
  );
}

function Proposals({ data }: Part) {
  const styles = useStyles();
  const { t } = useSpeech();
  return (
    <OverviewCard title={t('overview.proposals')}>
      {data.openProposals.length === 0 ? (
        <Text>{t('overview.noProposals')}</Text>
      ) : (
        <ul className={styles.list}>
          {data.openProposals.map((p) => (
            <li key={p.id}>
              {t('overview.proposal', { number: p.number, title: p.title })}{' '}
              <span className={styles.muted}>({t('overview.supporters', { count: p.supporters })})</span>
            </li>
          ))}
        </ul>
      )}
    </OverviewCard>
  );
}

function LatestMinutes({ data }: Part) {
  const styles = useStyles();
  const { t, locale } = useSpeech();
  const minutes = data.latestMinutes;
  const day = (iso: string) => formatInstant(iso, data.council.timeZone, locale);
  return (
    <OverviewCard title={t('overview.minutes')}>
      {minutes ? (
        <>
          <Text>
            {t('overview.minutesOf', { date: day(minutes.meetingStartsAt), approved: formatDay(minutes.approvedAt, data.council.timeZone, locale) })}
          </Text>
          <div className={styles.row}>
            <Link href={minutes.docxUrl} target="_blank" rel="noopener">
              {t('overview.docx')}
            </Link>
            <Link href={minutes.htmlUrl} target="_blank" rel="noopener">
              {t('overview.html')}
            </Link>
          </div>
        </>
      ) : (
        <Text>{t('overview.noMinutes')}</Text>
      )}
    </OverviewCard>
  );
}

function Works({ data }: Part) {
  const styles = useStyles();
  const { t } = useSpeech();
  return (
    <OverviewCard title={t('overview.works')}>
      {data.works.length === 0 ? (
        <Text>{t('overview.noWorks', { year: data.year })}</Text>
      ) : (
        <ul className={styles.list}>
          {data.works.map((work) => (
            <li key={work.id} className={styles.row}>
              <span>{work.name}</span>
              {work.status === 'completed' ? <StatusLabel status="done" /> : <LatestStatus latest={work.latest} />}
            </li>
          ))}
        </ul>
      )}
    </OverviewCard>
  );
}
