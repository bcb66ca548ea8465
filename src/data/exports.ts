/** The policy export rows, built once from the site data. */
import { siteData } from './index.ts';
import { site } from '../site.ts';
import { urls } from '../lib/urls.ts';
import { canonicalDocNumber } from '../lib/docNumber.ts';
import type { PolicyExport } from '../lib/documents/exports.ts';

export async function policyExports(): Promise<PolicyExport[]> {
  const data = await siteData();
  const origin = `https://${site.domain}`;
  return data.policies.map((policy) => ({
    id: policy.id,
    url: `${origin}${urls.policy(policy.id)}`,
    currentValidity: data.statusOf(policy).validity,
    topicPath: data.topicOf(policy),
    docNumber: policy.data.docNumber ? canonicalDocNumber(policy.data.docNumber) : undefined,
    data: policy.data,
  }));
}
