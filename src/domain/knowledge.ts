/**
 * The knowledge of the "No HTTPS response" problem: findings, questions and literals
 * (./knowledge/index.ts), with its tables by topic: ./knowledge/sql.ts (SQL Server TLS 1.2 builds),
 * ./knowledge/windows.ts (Schannel defaults, registry plan, reboot rule), ./knowledge/products.ts
 * (other products TMS manages). Import from here.
 */
export * from './knowledge/index';
