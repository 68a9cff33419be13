import { GitLabLogger, PlainLogger } from '../../../src/ci/log.js';

describe('loggers', () => {
  it('mask every registered secret, also in base64', () => {
    let out = '';
    const log = new PlainLogger((text) => (out += text));
    log.addSecret('s3cr3t-token');
    log.info('token=s3cr3t-token basic=' + Buffer.from('s3cr3t-token').toString('base64'));
    expect(out).toBe('token=*** basic=***\n');
  });

  it('indents grouped lines and points warnings at a file and line', () => {
    let out = '';
    const log = new PlainLogger((text) => (out += text));
    log.startGroup('Build');
    log.warning('tag only', { file: 'k8s/app.yaml', line: 12 });
    log.endGroup();
    log.info('done');
    expect(out).toBe('▸ Build\n  warning: k8s/app.yaml:12: tag only\ndone\n');
  });

  it('writes GitLab collapsible sections', () => {
    let out = '';
    const log = new GitLabLogger(
      (text) => (out += text),
      () => 1700000000,
    );
    log.startGroup('Push image');
    log.info('pushed');
    log.endGroup();
    expect(out).toBe(
      '\u001b[0Ksection_start:1700000000:imprint_1_push_image[collapsed=true]\r\u001b[0KPush image\n' +
        'pushed\n' +
        '\u001b[0Ksection_end:1700000000:imprint_1_push_image\r\u001b[0K\n',
    );
  });
});
