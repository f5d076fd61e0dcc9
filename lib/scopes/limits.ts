/** The politeness budget of one scope check: few requests, few at a time, GET only. */
export const SCOPE_CHECK_CONCURRENCY = 4;
/** The most requests one check may send (tenant_info + site /myself + 14 catalogue probes). */
export const SCOPE_CHECK_MAX_REQUESTS = 16;
