import { describe } from 'vitest';
import { REJECTED_ROWS } from '../../../lib/findings/rejected';
import { checkRows } from './rows';

describe('catalogue: the rejected rows', () => {
  checkRows(REJECTED_ROWS, 'rejected');
});
