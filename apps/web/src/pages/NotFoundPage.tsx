import Button from 'antd/es/button';
import Result from 'antd/es/result';
import { Link } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';

export default function NotFoundPage() {
  usePageTitle('Không tìm thấy trang');
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      subTitle="Đường dẫn không đúng hoặc trang đã bị xóa."
      extra={
        <Link to="/">
          <Button type="primary">Về trang chính</Button>
        </Link>
      }
    />
  );
}
