import { describe, expect, it } from 'vitest';
import { isSwitchedOff, patternCoversOrigin, sitePattern } from '../../../src/core/site-switch';

describe('patternCoversOrigin', () => {
  it('matches hosts and subdomain wildcards, whatever the port when the pattern names none', () => {
    expect(patternCoversOrigin('https://*.alibaba.com/*', 'https://www.alibaba.com')).toBe(true);
    expect(patternCoversOrigin('https://*.alibaba.com/*', 'https://alibaba.com')).toBe(true);
    expect(patternCoversOrigin('https://*.alibaba.com/*', 'https://evilalibaba.com')).toBe(false);
    expect(patternCoversOrigin('http://127.0.0.1/*', 'http://127.0.0.1:5173')).toBe(true);
    expect(patternCoversOrigin('*://portal.example.org/*', 'http://portal.example.org')).toBe(true);
    expect(patternCoversOrigin('https://portal.example.org/*', 'http://portal.example.org')).toBe(false);
  });

  it('holds a switched-off origin to its own port', () => {
    expect(patternCoversOrigin('http://127.0.0.1:8080/*', 'http://127.0.0.1:8080')).toBe(true);
    expect(patternCoversOrigin('http://127.0.0.1:8080/*', 'http://127.0.0.1:9090')).toBe(false);
    expect(patternCoversOrigin('https://example.org:443/*', 'https://example.org')).toBe(true);
  });

  it('rejects what is not a pattern or not an origin', () => {
    expect(patternCoversOrigin('example.org', 'https://example.org')).toBe(false);
    expect(patternCoversOrigin('https://example.org/*', 'null')).toBe(false);
    expect(patternCoversOrigin('file:///*', 'file://')).toBe(false);
  });
});

describe('isSwitchedOff', () => {
  it('reads the published switches defensively', () => {
    const switches = { off: ['https://www.amazon.co.uk/*', 42] };
    expect(isSwitchedOff(switches, 'https://www.amazon.co.uk')).toBe(true);
    expect(isSwitchedOff(switches, 'https://business.amazon.co.uk')).toBe(false);
    expect(isSwitchedOff(undefined, 'https://www.amazon.co.uk')).toBe(false);
    expect(isSwitchedOff({ off: 'https://www.amazon.co.uk/*' }, 'https://www.amazon.co.uk')).toBe(false);
  });
});

describe('sitePattern', () => {
  it("is a site's scheme and host, any port (Firefox refuses a port in a match pattern)", () => {
    expect(sitePattern('https://portal.example.org:8443')).toBe('https://portal.example.org/*');
    expect(sitePattern('http://127.0.0.1:5173')).toBe('http://127.0.0.1/*');
    expect(sitePattern('https://tenders.example.eu')).toBe('https://tenders.example.eu/*');
    expect(sitePattern('file:///C:/quotes.html')).toBeNull();
  });
});
