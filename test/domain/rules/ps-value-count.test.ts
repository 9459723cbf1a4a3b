import rule from '../../../src/domain/rules/ps-value-count.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'three object types', script: 'Grant-CsOUPermission -OU "ou=c,dc=contoso,dc=com" -ObjectType User,Contact,Device', options: { shell: 'lync' } },
    { name: 'one object type', script: 'Grant-CsOUPermission -OU "ou=c,dc=contoso,dc=com" -ObjectType Contact', options: { shell: 'lync' } },
  ],
  invalid: [
    {
      name: 'four object types',
      script: 'Grant-CsOUPermission -OU "ou=c,dc=contoso,dc=com" -ObjectType User,Computer,Contact,InetOrgPerson',
      options: { shell: 'lync' },
      findings: [{ at: 'User,Computer,Contact,InetOrgPerson', params: { count: 4, max: 3 } }],
    },
    {
      name: 'ten key mappings',
      script: `Set-UMAutoAttendant -Identity aa -BusinessHoursKeyMapping ${Array.from({ length: 10 }, (_, i) => `"${i},k${i},,,,,,,"`).join(',')}`,
      findings: [{ at: Array.from({ length: 10 }, (_, i) => `"${i},k${i},,,,,,,"`).join(','), params: { count: 10, max: 9 } }],
    },
  ],
});
