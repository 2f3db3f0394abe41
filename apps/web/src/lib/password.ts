/** As the API requires of every password, whoever sets it. */
export const MIN_PASSWORD = 10;

export const passwordRules = [
  { required: true, message: 'Vui lòng nhập mật khẩu.' },
  { min: MIN_PASSWORD, message: `Mật khẩu ít nhất ${MIN_PASSWORD} ký tự.` },
];
