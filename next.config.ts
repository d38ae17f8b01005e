import type { NextConfig } from 'next';
import { ACTION_BODY_MAX_BYTES } from './lib/excel/upload-limit';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  allowedDevOrigins: ['127.0.0.1'],
  // Excel uploads (capped at 2 MB by the import itself) arrive as server-action bodies; proxy.ts
  // answers a larger declared body with 413 before Next.js reads it.
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_MAX_BYTES } },
};

export default nextConfig;
