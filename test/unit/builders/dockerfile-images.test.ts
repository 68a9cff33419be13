import { pulledImages } from '../../../src/builders/dockerfile-images.js';

describe('the registries a Dockerfile pulls from', () => {
  it('reads FROM, COPY --from and RUN --mount from=, skipping stages and scratch', () => {
    const dockerfile = [
      '# syntax=docker/dockerfile:1',
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
      'COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/uv',
      'RUN --mount=type=cache,target=/root/.cache \\',
      '    --mount=type=bind,from=quay.io/acme/tools:1,source=/t,target=/t make',
      'FROM scratch AS empty',
      'FROM registry.example.com:5000/base/runtime@sha256:' + 'a'.repeat(64),
      'COPY --from=build /out /app',
      'COPY --from=0 /out /app2',
    ].join('\n');
    expect(pulledImages(dockerfile, {})).toEqual({
      registries: ['docker.io', 'ghcr.io', 'quay.io', 'registry.example.com:5000'],
      unresolved: [],
    });
  });

  it('substitutes build arguments and the ARG defaults before the first FROM', () => {
    const dockerfile = [
      'ARG REGISTRY=ghcr.io',
      'ARG BASE',
      'ARG TAG=1',
      'FROM ${REGISTRY}/acme/base:$TAG',
      'FROM ${BASE}',
      'FROM ${MIRROR:-public.ecr.aws}/docker/library/alpine',
    ].join('\n');
    expect(pulledImages(dockerfile, { BASE: 'quay.io/acme/other' })).toEqual({
      registries: ['ghcr.io', 'quay.io', 'public.ecr.aws'],
      unresolved: [],
    });
    expect(pulledImages(dockerfile, { REGISTRY: 'gcr.io' }).registries).toContain('gcr.io');
  });

  it('says which references it cannot place instead of guessing', () => {
    expect(pulledImages('ARG BASE\nFROM $BASE AS app\nFROM Not/A:Valid:Ref\n', {})).toEqual({
      registries: [],
      unresolved: ['$BASE', 'Not/A:Valid:Ref'],
    });
  });

  it('follows the escape directive for continuation lines', () => {
    const dockerfile = '# escape=`\nFROM `\n  mcr.microsoft.com/windows/servercore:ltsc2022\n';
    expect(pulledImages(dockerfile, {}).registries).toEqual(['mcr.microsoft.com']);
  });
});
