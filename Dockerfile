# syntax=docker/dockerfile:1
#
# The image imprint's GitLab components run in (a component cannot ship files): Node 24, the
# dist/ bundle as `imprint`, the docker CLI (for a docker:dind service), buildah (rootless
# builds on shared runners) and a pinned, checksum-verified Trivy.
# Built and pushed for every release tag by .github/workflows/release-image.yml.
#
# The base is pinned by tag only: no registry can be reached where this file was written, so
# its digest could not be looked up. Pin it before a release:
#   docker buildx imagetools inspect node:24-trixie-slim  →  node:24-trixie-slim@sha256:…
ARG NODE_IMAGE=node:24-trixie-slim

# Trivy comes from its GitHub release, checked against the sha256 recorded here before
# anything from the archive runs. Keep TRIVY_VERSION equal to DEFAULT_TRIVY_VERSION in
# src/scan/options.ts, so the scan finds the version it asks for on PATH. The two sums are the
# release's trivy_<version>_checksums.txt entries for Linux-64bit and Linux-ARM64.
FROM ${NODE_IMAGE} AS trivy
ARG TARGETARCH
ARG TRIVY_VERSION=0.74.0
ARG TRIVY_SHA256_AMD64=2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a
ARG TRIVY_SHA256_ARM64=b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
RUN set -eu; \
    case "${TARGETARCH}" in \
      amd64) asset="Linux-64bit"; sha256="${TRIVY_SHA256_AMD64}" ;; \
      arm64) asset="Linux-ARM64"; sha256="${TRIVY_SHA256_ARM64}" ;; \
      *) echo "No pinned Trivy for architecture '${TARGETARCH}' (amd64 and arm64 only)." >&2; exit 1 ;; \
    esac; \
    curl -fsSL --retry 3 -o /tmp/trivy.tar.gz \
      "https://github.com/aquasecurity/trivy/releases/download/v${TRIVY_VERSION}/trivy_${TRIVY_VERSION}_${asset}.tar.gz"; \
    echo "${sha256}  /tmp/trivy.tar.gz" | sha256sum -c -; \
    tar -xzf /tmp/trivy.tar.gz -C /usr/local/bin trivy; \
    rm /tmp/trivy.tar.gz; \
    trivy --version

FROM ${NODE_IMAGE}
# docker-cli is the client only: the engine is the job's docker:dind service.
# buildah with vfs storage and chroot isolation builds in unprivileged containers.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      buildah crun fuse-overlayfs uidmap \
      docker-cli docker-buildx \
      ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV STORAGE_DRIVER=vfs \
    BUILDAH_ISOLATION=chroot
COPY --from=trivy /usr/local/bin/trivy /usr/local/bin/trivy
COPY dist/ /opt/imprint/dist/
RUN ln -s /opt/imprint/dist/cli.js /usr/local/bin/imprint \
 && imprint --version
LABEL org.opencontainers.image.title="imprint" \
      org.opencontainers.image.description="Build, push, sign and attest container images; verify them against a policy." \
      org.opencontainers.image.licenses="Apache-2.0"
ENTRYPOINT ["imprint"]
CMD ["--help"]
