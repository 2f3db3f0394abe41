export { MAX_POLICY_DAYS } from '@dondoc/domain';
export const NOTIFICATION_STATUSES_FOR_QUERY = ['pending', 'sending', 'sent', 'failed'];
