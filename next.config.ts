import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  allowedDevOrigins: ['127.0.0.1'],
  // Excel uploads (capped at 2 MB by the import itself) arrive as server-action bodies.
  experimental: { serverActions: { bodySizeLimit: '3mb' } },
};

export default nextConfig;
