// html-validate over every page of dist/ (tests/e2e/quality.test.ts). Recommended rules,
// with one documented adjustment:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Innovation names may be up to 120 characters (src/schema/innovation.ts) and the page
    // title adds the site name; a title is the page's honest name, so allow long ones.
    'long-title': ['error', { maxlength: 160 }],
  },
};
