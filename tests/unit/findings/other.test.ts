import { describe } from 'vitest';
import { OTHER_ROWS } from '../../../lib/findings/other';
import { checkRows } from './rows';

describe('catalogue: the other rows', () => {
  checkRows(OTHER_ROWS, 'other');
});
