/** `npm run contract-doc`: rewrites docs/contract.md from shared/contract. Commit the result. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTRACT_DOC_PATH, generateContractDoc } from './contractDoc';

writeFileSync(resolve(import.meta.dirname, '..', CONTRACT_DOC_PATH), await generateContractDoc());
console.log(`wrote ${CONTRACT_DOC_PATH}`);
