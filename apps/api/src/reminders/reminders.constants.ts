export { MAX_POLICY_DAYS } from '@dondoc/domain';
