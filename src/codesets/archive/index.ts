export { listZip, readAllZipMembers, readZipMember, type ZipMember } from './zip.js';
