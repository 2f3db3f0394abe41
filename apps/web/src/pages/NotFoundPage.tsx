import Button from 'antd/es/button';
import Result from 'antd/es/result';
import { Link } from 'react-router';

export default function NotFoundPage() {
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
