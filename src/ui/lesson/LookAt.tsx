import { useTranslation } from 'react-i18next';
import type { LessonStep, Trace } from '../../core';
import { lookItemsOf, type LookItem, type Subject } from './look-at';

/** "Look at": the rule that matched and the header it changed (or the packet as it is). */
export function LookAt({ step, trace }: { readonly step: LessonStep; readonly trace: Trace }) {
  const { t } = useTranslation('lesson');
  const items = lookItemsOf(step, trace);
  if (items.length === 0) return <div className="lesson-look" />;
  return (
    <dl className="lesson-look" aria-label={t('lookAt')}>
      {items.map((item) => (
        <div key={keyOf(item)} className={`lesson-look-item is-${item.type}`}>
          <LookRow item={item} />
        </div>
      ))}
    </dl>
  );
}

function LookRow({ item }: { readonly item: LookItem }) {
  const { t } = useTranslation('lesson');
  switch (item.type) {
    case 'rule':
      return (
        <>
          <dt>{t('rule')}</dt>
          <dd>
            {/* The rule's text is in the tooltip, and marked in the inspector's rule table. */}
            <code className="lesson-rule-id" title={item.text}>
              {item.id}
            </code>
            {item.node ? <span className="lesson-muted"> {t('ruleOn', { node: item.node })}</span> : null}
          </dd>
        </>
      );
    case 'change':
      return (
        <>
          <dt>{t(item.field)}</dt>
          <dd>
            <code>{item.before}</code> → <code className="lesson-changed">{item.after}</code>
          </dd>
        </>
      );
    case 'packet':
      return (
        <>
          <dt>{t('packet')}</dt>
          <dd>
            <code>{item.src}</code> → <code>{item.dst}</code>
          </dd>
        </>
      );
    case 'request':
      return (
        <>
          <dt>{t('request')}</dt>
          <dd>
            <SubjectName subject={item.from} /> → <code>{item.to}</code>
          </dd>
        </>
      );
    case 'place':
      return (
        <>
          <dt>{t('where')}</dt>
          <dd>
            <SubjectName subject={item.name} />
          </dd>
        </>
      );
  }
}

function SubjectName({ subject }: { readonly subject: Subject }) {
  const { t } = useTranslation('lesson');
  if (typeof subject === 'string') return <>{subject}</>;
  return <>{subject.ip !== undefined ? t('clientAt', { ip: subject.ip }) : t('client')}</>;
}

function keyOf(item: LookItem): string {
  return item.type === 'change' ? `change-${item.field}` : item.type;
}
