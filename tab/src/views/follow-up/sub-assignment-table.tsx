import {
  Caption1,
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { SubAssignmentListItem } from '@contract/follow-up';
import { MissingMonths } from '../../components/missing-months';
import { LatestStatus, StatusLabel } from '../../components/status';
import { formatPeriod } from '../../format';
import { useSpeech } from '../../i18n';

const useStyles = makeStyles({
  name: { display: 'flex', flexDirection: 'column', paddingBlock: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The sub-assignments of the year; a name opens the sub-assignment. */
export function SubAssignmentTable({ items, onOpen }: { items: SubAssignmentListItem[]; onOpen: (id: string) => void }) {
  const styles = useStyles();
  const { t, locale } = useSpeech();
  if (items.length === 0) return <Text>{t('followUp.none')}</Text>;
  return (
    <Table aria-labelledby="sub-assignments-heading" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('followUp.col.name')}</TableHeaderCell>
          <TableHeaderCell>{t('followUp.col.responsible')}</TableHeaderCell>
          <TableHeaderCell>{t('followUp.col.period')}</TableHeaderCell>
          <TableHeaderCell>{t('followUp.col.status')}</TableHeaderCell>
          <TableHeaderCell>{t('followUp.col.activities')}</TableHeaderCell>
          <TableHeaderCell>{t('followUp.col.missing')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell>
              <span className={styles.name}>
                <Link as="button" onClick={() => onOpen(item.id)}>
                  {item.name}
                </Link>
                {item.kind === 'planning' && <Caption1 className={styles.muted}>{t('followUp.planning')}</Caption1>}
              </span>
            </TableCell>
            <TableCell>{item.responsible?.name ?? '–'}</TableCell>
            <TableCell>{formatPeriod(item.startsOn, item.endsOn, locale)}</TableCell>
            <TableCell>{item.status === 'completed' ? <StatusLabel status="done" /> : <LatestStatus latest={item.latest} />}</TableCell>
            <TableCell>{t('followUp.activities', { done: item.activitiesDone, total: item.activitiesTotal })}</TableCell>
            <TableCell>
              <MissingMonths months={item.missingMonths} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
