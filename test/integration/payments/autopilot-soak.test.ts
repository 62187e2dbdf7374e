import { describe, expect, it } from 'vitest';
import { runAutopilotSoak } from '../../support/autopilot-soak.ts';

// 100 tasks here keep CI's soak stage short; `npm run bench -- --only autopilot_soak` runs the full 300.
describe('the autopilot soak', () => {
  it('100 autopilot tasks with 20 % provider faults and random kills each run once, and Stripe agrees', async () => {
    const result = await runAutopilotSoak({ tasks: 100, faultRate: 0.2, seed: 2026 });
    expect(result.mismatches).toEqual([]);
    expect(result.tasks).toBe(100);
    expect(result.kills).toBeGreaterThan(0);
  }, 600_000);
});
