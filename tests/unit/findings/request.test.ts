import { describe } from 'vitest';
import { REQUEST_ROWS } from '../../../lib/findings/request';
import { checkRows } from './rows';

describe('catalogue: the request rows', () => {
  checkRows(REQUEST_ROWS, 'request');
});
