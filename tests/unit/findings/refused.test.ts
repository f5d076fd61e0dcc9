import { describe } from 'vitest';
import { REFUSED_ROWS } from '../../../lib/findings/refused';
import { checkRows } from './rows';

describe('catalogue: the refused rows', () => {
  checkRows(REFUSED_ROWS, 'refused');
});
