/**
 * Common passwords (lower-cased) that pass the character-class rule but are guessed first:
 * keyboard walks, years, and the usual Chinese-office favourites.
 */
export const COMMON_PASSWORDS = new Set([
  'password1!', 'password123', 'password@123', 'password#1', 'p@ssw0rd', 'p@ssw0rd1', 'p@ssword1', 'passw0rd!',
  'admin@123', 'admin123!', 'admin@1234', 'admin#123', 'administrator1', 'abc@1234', 'abc123!@#', 'abcd@1234',
  'qwer@1234', 'qwe123!@#', 'qwerty123!', 'qwerty@123', '1qaz@wsx', '1qaz2wsx!', '1qaz!qaz', 'zaq1@wsx', '1q2w3e4r!',
  'aa123456!', 'a123456!', 'a1234567!', 'aa@123456', 'test@123', 'test1234!', 'welcome1!', 'welcome@123',
  'changeme1!', 'letmein1!', 'iloveyou1!', 'root@123', 'huawei@123', 'huawei12#$', 'sa@123456', 'wang@123',
  'zhang@123', 'li@123456', 'kecheng@123', 'quzhou@123', 'saima@123', 'saima@2020', 'gov@12345', 'zfw@1234',
  '12345678a!', 'asdf@1234', 'asd123!@#', 'zxcv@1234', 'zxc123!@#', 'woaini@1314', 'woaini1314!', 'a5201314!',
  'passw0rd@123', 'admin@2020', 'admin@2021', 'admin@2023', 'admin@2024', 'admin@2025', 'admin@2026',
]);
