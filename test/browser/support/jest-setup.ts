// setupFilesAfterEnv of the `browser` Jest project: a journey starts Chromium pages against
// a real platform, so it gets far more time than the 30 s of the other projects.
jest.setTimeout(120_000);
