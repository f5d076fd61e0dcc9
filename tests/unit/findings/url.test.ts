import { describe } from 'vitest';
import { URL_ROWS } from '../../../lib/findings/url';
import { checkRows } from './rows';

describe('catalogue: the url rows', () => {
  checkRows(URL_ROWS, 'url');
});
