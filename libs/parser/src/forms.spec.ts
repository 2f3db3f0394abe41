import { WorkingCalendar } from '@dondoc/calendar';
import { parseDirective } from './parse-directive';
import { UNIT_MODES, unitOptions } from './testing/units';

/**
 * The everyday forms a clerk receives, each in a short text written for these tests (the corpus
 * holds the real documents). Every form must read the same with or without the office's units.
 */
const calendar = new WorkingCalendar();

const NOTICE = `ỦY BAN NHÂN DÂN
HUYỆN KRÔNG PẮC
Số: 15/TB-UBND
Krông Pắc, ngày 10 tháng 6 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban

Chủ tịch UBND huyện giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Công an huyện kiểm tra an toàn phòng cháy tại các chợ, báo cáo kết quả trước ngày 20/6.

Công an huyện đẩy nhanh việc cấp tài khoản định danh điện tử, hoàn thành trong tháng 8/2024.

Về công tác phòng, chống dịch bệnh

Giao Thủ trưởng các đơn vị: Trung tâm Y tế huyện, Phòng Giáo dục và Đào tạo, UBND các xã, thị trấn triển khai ngay các biện pháp phòng chống dịch sốt xuất huyết.

Đề nghị Sở Văn hóa, Thể thao và Du lịch hướng dẫn tổ chức lễ hội; Phòng Lao động - Thương binh và Xã hội rà soát hộ nghèo trước ngày 30/6/2024; Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp đẩy nhanh giải ngân.

Tại cuộc họp, Phó Chủ tịch UBND huyện yêu cầu Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT.`;

const DISPATCH = `ỦY BAN NHÂN DÂN
HUYỆN CHỢ MỚI
Số: 215/UBND-VP
V/v kiểm tra an toàn thực phẩm
Chợ Mới, ngày 05 tháng 3 năm 2024

Kính gửi:
- Phòng Y tế;
- Phòng Kinh tế và Hạ tầng;
- UBND các xã, thị trấn.

Thực hiện Công văn số 88/SYT-NVY ngày 01/3/2024 của Sở Y tế, UBND huyện đề nghị các đơn vị tổ chức kiểm tra an toàn thực phẩm tại các chợ, báo cáo kết quả về UBND huyện (qua Phòng Y tế) trước ngày 20/3/2024.

(Kèm theo Công văn số 88/SYT-NVY ngày 01/3/2024)

Nơi nhận:
- Như trên;
- Lưu: VT.`;

describe.each(UNIT_MODES)('the everyday forms, with units: %s', (mode) => {
  const read = (text: string) =>
    parseDirective(text, { ...unitOptions(mode), calendar, today: '2024-06-10' }).assignments.map((a) => ({
      unit: a.unitText,
      tasks: a.tasks.map((t) => [t.text, t.deadline]),
    }));

  // Without any names known, a paragraph's subject ("Công an huyện đẩy nhanh ...") cannot be told
  // from an ordinary noun phrase, nor a comma inside a name from one between names.
  if (mode !== 'none')
    it('reads prose, a unit as its own subject, a title before a list, semicolons and names with "và"', () => {
      expect(read(NOTICE)).toEqual([
        {
          unit: 'Phòng Kinh tế và Hạ tầng',
          tasks: [['Chủ trì, phối hợp với Công an huyện kiểm tra an toàn phòng cháy tại các chợ, báo cáo kết quả trước ngày 20/6.', '2024-06-20']],
        },
        { unit: 'Công an huyện', tasks: [['Đẩy nhanh việc cấp tài khoản định danh điện tử, hoàn thành trong tháng 8/2024.', '2024-08-31']] },
        { unit: 'Trung tâm Y tế huyện', tasks: [['Triển khai ngay các biện pháp phòng chống dịch sốt xuất huyết.', null]] },
        { unit: 'Phòng Giáo dục và Đào tạo', tasks: [['Triển khai ngay các biện pháp phòng chống dịch sốt xuất huyết.', null]] },
        { unit: 'UBND các xã, thị trấn', tasks: [['Triển khai ngay các biện pháp phòng chống dịch sốt xuất huyết.', null]] },
        { unit: 'Sở Văn hóa, Thể thao và Du lịch', tasks: [['Hướng dẫn tổ chức lễ hội', null]] },
        { unit: 'Phòng Lao động - Thương binh và Xã hội', tasks: [['Rà soát hộ nghèo trước ngày 30/6/2024', '2024-06-30']] },
        { unit: 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp', tasks: [['Đẩy nhanh giải ngân.', null]] },
        { unit: 'Văn phòng HĐND và UBND huyện', tasks: [['Theo dõi, đôn đốc việc thực hiện.', null]] },
      ]);
    });

  it('reads a long list of addressees after a direction inside the sentence, across semicolons', () => {
    const text =
      'Để chủ động ứng phó với mưa lũ, Chủ tịch UBND tỉnh yêu cầu các thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh; Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương rà soát phương án sơ tán dân, báo cáo trước ngày 15/10/2024.';
    expect(read(text).map((a) => a.unit)).toEqual([
      'các thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh',
      'Thủ trưởng các sở, ban, ngành',
      'Chủ tịch UBND các huyện, thị xã, thành phố',
    ]);
    expect(read(text)[2]?.tasks).toEqual([['Khẩn trương rà soát phương án sơ tán dân, báo cáo trước ngày 15/10/2024.', '2024-10-15']]);
  });

  it('keeps a semicolon inside a list of partners in the lead unit’s task', () => {
    const text =
      'Giao Ban Quản lý Khu kinh tế chủ trì, phối hợp với các Sở: Tài nguyên và Môi trường, Xây dựng; UBND huyện Phù Cát khảo sát lại địa điểm, báo cáo trong tháng 7/2024.';
    expect(read(text)).toEqual([
      {
        unit: 'Ban Quản lý Khu kinh tế',
        tasks: [
          [
            'Chủ trì, phối hợp với các Sở: Tài nguyên và Môi trường, Xây dựng; UBND huyện Phù Cát khảo sát lại địa điểm, báo cáo trong tháng 7/2024.',
            '2024-07-31',
          ],
        ],
      },
    ]);
  });

  it('gives the items below a lead-in the period it names', () => {
    const text = [
      'Kết luận hội nghị, Chủ tịch HĐND phường ghi nhận kết quả quý I/2024. Quý II/2024 tập trung thực hiện một số nội dung như sau:',
      '- Thường trực HĐND',
      '+ Tổ chức tiếp xúc cử tri trước kỳ họp.',
      '+ Giám sát việc quản lý tài sản công tại các nhà văn hóa, hoàn thành trong tháng 5/2024.',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        unit: 'Thường trực HĐND',
        tasks: [
          ['Tổ chức tiếp xúc cử tri trước kỳ họp.', '2024-06-30'],
          ['Giám sát việc quản lý tài sản công tại các nhà văn hóa, hoàn thành trong tháng 5/2024.', '2024-05-31'],
        ],
      },
    ]);
  });

  it('gives a dispatch’s task to each addressee and skips the citation', () => {
    const task = ['Tổ chức kiểm tra an toàn thực phẩm tại các chợ, báo cáo kết quả về UBND huyện (qua Phòng Y tế) trước ngày 20/3/2024.', '2024-03-20'];
    expect(read(DISPATCH)).toEqual([
      { unit: 'Phòng Y tế', tasks: [task] },
      { unit: 'Phòng Kinh tế và Hạ tầng', tasks: [task] },
      { unit: 'UBND các xã, thị trấn', tasks: [task] },
    ]);
  });

  it('reads a table pasted from Word: a task per row, a merged unit cell carried down', () => {
    const text = [
      'KẾ HOẠCH',
      'Chuyển đổi số năm 2024',
      'STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành',
      '1\tRà soát hạ tầng mạng các cơ quan\tPhòng Văn hóa và Thông tin\tVăn phòng HĐND và UBND\tQuý II/2024',
      '2\tSố hóa hồ sơ hộ tịch\tPhòng Tư pháp\tUBND các xã, thị trấn\tTháng 9/2024',
      '3\tTập huấn kỹ năng số cho cán bộ\t\t\tThường xuyên',
    ].join('\n');
    expect(read(text)).toEqual([
      { unit: 'Phòng Văn hóa và Thông tin', tasks: [['Rà soát hạ tầng mạng các cơ quan', '2024-06-30']] },
      {
        unit: 'Phòng Tư pháp',
        tasks: [
          ['Số hóa hồ sơ hộ tịch', '2024-09-30'],
          ['Tập huấn kỹ năng số cho cán bộ', null],
        ],
      },
    ]);
  });

  it('reads a lead cell of names no list holds, parted by commas before lower case, as one unit each', () => {
    const text = [
      'KẾ HOẠCH',
      'Phát triển hạ tầng IoT năm 2024',
      'STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành',
      '1\tHướng dẫn lắp đặt trạm thu phát\tSở Xây dựng\tSở Khoa học và Công nghệ\tQuý III/2024',
      '2\tBảo đảm kinh phí đầu tư hạ tầng IoT\tDoanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư\tSở Khoa học và Công nghệ\tQuý IV/2024',
    ].join('\n');
    expect(read(text)).toEqual([
      { unit: 'Sở Xây dựng', tasks: [['Hướng dẫn lắp đặt trạm thu phát', '2024-09-30']] },
      ...['Doanh nghiệp', 'nhà cung cấp dịch vụ IoT', 'nhà đầu tư'].map((unit) => ({ unit, tasks: [['Bảo đảm kinh phí đầu tư hạ tầng IoT', '2024-12-31']] })),
    ]);
  });

  it('reads a table whose header cells wrapped onto a second line in a PDF as a header, not a row', () => {
    const text = [
      'KẾ HOẠCH',
      'Phòng cháy, chữa cháy mùa khô năm 2024',
      'STT\tNội dung\tĐơn vị chủ\tĐơn vị phối hợp\tThời gian hoàn',
      'trì\tthành',
      '1\tKiểm tra an toàn phòng cháy tại các chợ\tPhòng Kinh tế và Hạ tầng\tCông an huyện\t30/4/2024',
    ].join('\n');
    expect(read(text)).toEqual([{ unit: 'Phòng Kinh tế và Hạ tầng', tasks: [['Kiểm tra an toàn phòng cháy tại các chợ', '2024-04-30']] }]);
  });

  it('gives the items after a lead-in that asks the addressees to act to each addressee', () => {
    const text = [
      'Kính gửi: - Trưởng các thôn.',
      'UBND xã yêu cầu Trưởng các thôn thực hiện nghiêm một số nội dung sau:',
      '1. Nắm bắt thông tin người dân đến địa bàn, báo cáo ngay cho UBND xã.',
      '2. Tuyên truyền phòng chống dịch trên loa truyền thanh của thôn trước ngày 20/3/2024.',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        unit: 'Trưởng các thôn',
        tasks: [
          ['Nắm bắt thông tin người dân đến địa bàn, báo cáo ngay cho UBND xã.', null],
          ['Tuyên truyền phòng chống dịch trên loa truyền thanh của thôn trước ngày 20/3/2024.', '2024-03-20'],
        ],
      },
    ]);
  });

  it('reads a sentence that only says when as the deadline of the duty before it', () => {
    const text = [
      'Kính gửi:',
      '- Phòng Y tế;',
      '- Thủ trưởng các đơn vị trực thuộc.',
      'Đề nghị Thủ trưởng các đơn vị trực thuộc rà soát việc thu quỹ phòng, chống thiên tai của đơn vị mình.',
      'Các đơn vị thực hiện trước ngày 24/3/2024.',
    ].join('\n');
    const task = ['Rà soát việc thu quỹ phòng, chống thiên tai của đơn vị mình.\nCác đơn vị thực hiện trước ngày 24/3/2024.', '2024-03-24'];
    expect(read(text)).toEqual([
      { unit: 'Phòng Y tế', tasks: [task] },
      { unit: 'Thủ trưởng các đơn vị trực thuộc', tasks: [task] },
    ]);
  });

  it('reads a table as law sites print it (a cell per line between bars) and a plan attached after a decision’s signature', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      '',
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2024',
      '**1. Phòng',
      'Nội vụ**',
      '- Tham mưu kiện toàn bộ phận một cửa, hoàn thành trong quý I/2024.',
      '',
      'PHỤ LỤC',
      '|',
      '**STT**',
      '|',
      '**Nội dung**',
      '|',
      '**Đơn vị chủ trì**',
      '|',
      '**Thời gian hoàn thành**',
      '|',
      '|',
      '1',
      '|',
      'Số hóa hồ sơ',
      'hộ tịch',
      '|',
      'Phòng Tư pháp',
      '|',
      'Tháng 9/2024',
      '|',
    ].join('\n');
    expect(read(text)).toEqual([
      { unit: 'Phòng Nội vụ', tasks: [['Tham mưu kiện toàn bộ phận một cửa, hoàn thành trong quý I/2024.', '2024-03-31']] },
      { unit: 'Phòng Tư pháp', tasks: [['Số hóa hồ sơ hộ tịch', '2024-09-30']] },
    ]);
  });

  it('tells an empty cell from the end of a row, skips section rows and reads every unit of a lead cell', () => {
    const bar = '|';
    const text = [
      bar,
      'TT',
      bar,
      'Nội dung',
      bar,
      'Cơ quan chủ trì',
      bar,
      'Cơ quan phối hợp',
      bar,
      'Thời gian hoàn thành',
      bar,
      bar,
      'I',
      bar,
      'KIỆN TOÀN BỘ MÁY',
      bar,
      bar,
      '1',
      bar,
      'Rà soát quy chế làm việc',
      bar,
      'Sở Nội vụ; UBND cấp xã',
      bar,
      bar,
      'Năm 2025 - 2026',
      bar,
      bar,
      '2',
      bar,
      'Bố trí kinh phí',
      bar,
      'Sở Tài chính',
      bar,
      'Các sở, ngành',
      bar,
      'Quý II/2025',
      bar,
    ].join('\n');
    expect(read(text)).toEqual([
      { unit: 'Sở Nội vụ', tasks: [['Rà soát quy chế làm việc', '2026-12-31']] },
      { unit: 'UBND cấp xã', tasks: [['Rà soát quy chế làm việc', '2026-12-31']] },
      { unit: 'Sở Tài chính', tasks: [['Bố trí kinh phí', '2025-06-30']] },
    ]);
  });

  it('reads a row printed with trailing empty cells, a row whose number and time cells are merged with the row above, and a shorter row closed by the next number', () => {
    const bar = '|';
    const text = [
      bar,
      'STT',
      bar,
      'Nội dung',
      bar,
      'Đơn vị chủ trì',
      bar,
      'Đơn vị phối hợp',
      bar,
      'Thời gian hoàn thành',
      bar,
      'Ghi chú',
      bar,
      bar,
      '1',
      bar,
      'Lắp camera tại các chốt giao thông',
      bar,
      'Công an huyện',
      bar,
      'Phòng Kinh tế và Hạ tầng',
      bar,
      'Quý III/2025',
      bar,
      bar,
      bar,
      'Nâng cấp đường truyền cho camera',
      bar,
      'Trung tâm Văn hóa, Thông tin và Thể thao',
      bar,
      bar,
      '2',
      bar,
      'Tập huấn phần mềm quản lý hộ tịch',
      bar,
      'Phòng Tư pháp',
      bar,
      'UBND các xã',
      bar,
      'Tháng 10/2025',
      bar,
      'Hai lớp',
      bar,
    ].join('\n');
    expect(read(text)).toEqual([
      { unit: 'Công an huyện', tasks: [['Lắp camera tại các chốt giao thông', '2025-09-30']] },
      { unit: 'Trung tâm Văn hóa, Thông tin và Thể thao', tasks: [['Nâng cấp đường truyền cho camera', '2025-09-30']] },
      { unit: 'Phòng Tư pháp', tasks: [['Tập huấn phần mềm quản lý hộ tịch', '2025-10-31']] },
    ]);
  });

  it('reads a row that lost its number to a merged cell after two bars, a header table closed by one bar with no blank line after it, and a cell of two rows printed in one', () => {
    const bar = '|';
    const text = [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN ĐẠI LỘC',
      bar,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      bar,
      bar,
      'Số: 41/KH-UBND',
      bar,
      'Đại Lộc, ngày 02 tháng 6 năm 2025',
      bar,
      'KẾ HOẠCH',
      'Số hóa hồ sơ hộ tịch',
      'Phòng Tư pháp chủ trì số hóa sổ hộ tịch lưu trữ, hoàn thành trong quý IV/2025.',
      bar,
      'TT',
      bar,
      'Nội dung',
      bar,
      'Đơn vị chủ trì',
      bar,
      'Đơn vị phối hợp',
      bar,
      'Thời gian',
      bar,
      'Ghi chú',
      bar,
      bar,
      '1',
      bar,
      'Rà soát máy quét tại bộ phận một cửa',
      bar,
      'Văn phòng HĐND và UBND huyện',
      bar,
      'Phòng Tư pháp',
      bar,
      'Tháng 7/2025',
      bar,
      bar,
      'Mua bổ sung máy quét cho các xã',
      bar,
      'Phòng Tài chính - Kế hoạch',
      bar,
      'Văn phòng HĐND và UBND huyện',
      bar,
      bar,
      '2',
      bar,
      'Nhập dữ liệu khai sinh từ năm 1990.',
      'Kiểm tra chất lượng dữ liệu đã nhập.',
      bar,
      'UBND các xã, thị trấn',
      'Phòng Tư pháp',
      bar,
      'Phòng Văn hóa và Thông tin',
      bar,
      'Tháng 9/2025',
      bar,
      bar,
    ].join('\n');
    expect(read(text)).toEqual([
      { unit: 'Phòng Tư pháp', tasks: [['Chủ trì số hóa sổ hộ tịch lưu trữ, hoàn thành trong quý IV/2025.', '2025-12-31']] },
      { unit: 'Văn phòng HĐND và UBND huyện', tasks: [['Rà soát máy quét tại bộ phận một cửa', '2025-07-31']] },
      { unit: 'Phòng Tài chính - Kế hoạch', tasks: [['Mua bổ sung máy quét cho các xã', '2025-07-31']] },
      { unit: 'UBND các xã, thị trấn', tasks: [['Nhập dữ liệu khai sinh từ năm 1990.', '2025-09-30']] },
      { unit: 'Phòng Tư pháp', tasks: [['Kiểm tra chất lượng dữ liệu đã nhập.', '2025-09-30']] },
    ]);
  });

  it('reads a text wrapped at a fixed width, where a line that goes on with a name opens with a capital', () => {
    const text = `Số: 77/KH-UBND
Đà Lạt, ngày 12 tháng 5 năm 2025

KẾ HOẠCH

1. Mục đích

- Rà soát toàn bộ hồ sơ đất đai còn tồn đọng tại bộ phận một cửa của
phường, lập danh sách theo từng loại thủ tục và thời hạn giải quyết.

- Tổ chức đối thoại với người dân có hồ sơ quá hạn, giải thích rõ nguyên
nhân chậm trễ và cách khắc phục; công khai kết quả giải quyết trên cổng thông
tin điện tử của phường.

2. Phân công

- Trung tâm Phát triển quỹ đất
Thành phố chủ trì lập danh sách các thửa đất công chưa đưa vào sử dụng,
báo cáo định kỳ hằng quý về UBND thành phố.

- Giao Phòng Tài nguyên và Môi trường hướng dẫn các phường hoàn thiện hồ sơ
Đất công; tổng hợp kết quả, báo cáo trước ngày 30/9/2025.`;
    expect(read(text)).toEqual([
      {
        unit: 'Trung tâm Phát triển quỹ đất Thành phố',
        tasks: [['Chủ trì lập danh sách các thửa đất công chưa đưa vào sử dụng, báo cáo định kỳ hằng quý về UBND thành phố.', null]],
      },
      {
        unit: 'Phòng Tài nguyên và Môi trường',
        tasks: [['Hướng dẫn các phường hoàn thiện hồ sơ Đất công; tổng hợp kết quả, báo cáo trước ngày 30/9/2025.', '2025-09-30']],
      },
    ]);
  });

  it('ends an unknown name before the words that say how often ("định kỳ hằng quý")', () => {
    const text = '3. Sở Tài chính định kỳ hằng quý tổng hợp tình hình thu phí chợ, báo cáo UBND tỉnh.';
    expect(read(text)).toEqual([{ unit: 'Sở Tài chính', tasks: [['Định kỳ hằng quý tổng hợp tình hình thu phí chợ, báo cáo UBND tỉnh.', null]] }]);
  });

  it('reads an article: a group in lower case opening a clause, a subject that "phải" act, and a report after the direction', () => {
    const text = `Sáng 14/8, Phó Chủ tịch UBND huyện kiểm tra công tác phòng, chống hạn tại các xã vùng cao.

Kết luận buổi kiểm tra, Phó Chủ tịch UBND huyện yêu cầu các cơ quan chức năng rà soát các hồ chứa nước nhỏ, lập phương án cấp nước sinh hoạt cho người dân; lực lượng chức năng thường trực tại các điểm thiếu nước để hỗ trợ kịp thời.

Trung tâm Dịch vụ nông nghiệp huyện phải hướng dẫn nông dân chuyển sang cây trồng chịu hạn trước ngày 30/8.

Đến nay, toàn huyện đã chuyển đổi được 120 ha lúa sang trồng ngô và đậu các loại.`;
    expect(read(text)).toEqual([
      { unit: 'các cơ quan chức năng', tasks: [['Rà soát các hồ chứa nước nhỏ, lập phương án cấp nước sinh hoạt cho người dân', null]] },
      { unit: 'lực lượng chức năng', tasks: [['Thường trực tại các điểm thiếu nước để hỗ trợ kịp thời.', null]] },
      { unit: 'Trung tâm Dịch vụ nông nghiệp huyện', tasks: [['Phải hướng dẫn nông dân chuyển sang cây trồng chịu hạn trước ngày 30/8.', '2024-08-30']] },
    ]);
  });

  it('reads the units of a long lead-in whose cue stands far into the sentence, with the places a group runs over', () => {
    const text = `Để kịp thời khắc phục hậu quả của đợt mưa lớn kéo dài trong tuần qua, bảo đảm người dân sớm ổn định cuộc sống, sản xuất và các em học sinh trở lại trường đúng thời gian, nhất là ở các thôn vùng sâu, vùng xa bị chia cắt nhiều ngày, Chủ tịch UBND tỉnh yêu cầu UBND các huyện, thị xã từ Tuy An đến Đông Hòa khẩn trương thực hiện các nội dung sau:
- Sửa chữa ngay các phòng học bị hư hỏng.
- Báo cáo thiệt hại về Sở Nông nghiệp và Môi trường trước ngày 20/11/2024.`;
    expect(read(text)).toEqual([
      {
        unit: 'UBND các huyện, thị xã từ Tuy An đến Đông Hòa',
        tasks: [
          ['Sửa chữa ngay các phòng học bị hư hỏng.', null],
          ['Báo cáo thiệt hại về Sở Nông nghiệp và Môi trường trước ngày 20/11/2024.', '2024-11-20'],
        ],
      },
    ]);
  });

  it('ends a direction at a numbered heading in capitals', () => {
    const text = `Giao Phòng Tài chính - Kế hoạch bố trí kinh phí sửa chữa trường học cho các xã.
- Ưu tiên các điểm trường ở thôn vùng sâu.
III. TỔ CHỨC THỰC HIỆN
Các phòng chuyên môn theo chức năng, nhiệm vụ được giao triển khai Kế hoạch này.`;
    expect(read(text)).toEqual([
      {
        unit: 'Phòng Tài chính - Kế hoạch',
        tasks: [
          ['Bố trí kinh phí sửa chữa trường học cho các xã.', null],
          ['Ưu tiên các điểm trường ở thôn vùng sâu.', null],
        ],
      },
    ]);
  });

  it('gives the period a notice states, before or after its directions, to those without a date, not to a standing duty', () => {
    const before = `UBND xã Tân Lập thông báo lịch treo cờ Tổ quốc mừng Đại hội Đoàn xã như sau:
Thời gian treo cờ Tổ quốc: Từ ngày 10/3/2025 đến hết ngày 14/3/2025.
Các cơ quan, trường học, lực lượng vũ trang, cơ sở sản xuất kinh doanh trên địa bàn xã thực hiện treo cờ tại trụ sở.
Đài truyền thanh xã thường xuyên thông tin nội dung thông báo này.`;
    expect(read(before)).toEqual([
      {
        unit: 'Các cơ quan, trường học, lực lượng vũ trang, cơ sở sản xuất kinh doanh trên địa bàn xã',
        tasks: [['Thực hiện treo cờ tại trụ sở.', '2025-03-14']],
      },
      { unit: 'Đài truyền thanh xã', tasks: [['Thường xuyên thông tin nội dung thông báo này.', null]] },
    ]);
    const after = `UBND huyện thông báo việc treo cờ Tổ quốc nhân dịp 30/4 và 19/5 như sau:

Các cơ quan, đơn vị, các tổ chức xã hội trên địa bàn huyện treo cờ Tổ quốc tại trụ sở.

Thời gian treo cờ:

+ Đợt 1: Từ ngày 28/4/2025 đến hết ngày 01/5/2025.

+ Đợt 2: Từ ngày 18/5/2025 đến hết ngày 19/5/2025.`;
    expect(read(after)).toEqual([
      { unit: 'Các cơ quan, đơn vị, các tổ chức xã hội trên địa bàn huyện', tasks: [['Treo cờ Tổ quốc tại trụ sở.', '2025-05-19']] },
    ]);
  });

  it('reads a cue followed by a colon before the units it names', () => {
    const text = `3. Đề nghị: Hội Liên hiệp Phụ nữ huyện, Hội Cựu chiến binh huyện
a) Vận động hội viên phân loại rác tại nguồn.
b) Tổng hợp kết quả, gửi Phòng Nông nghiệp và Môi trường trước ngày 15/10/2025.`;
    const tasks = [
      ['Vận động hội viên phân loại rác tại nguồn.', null],
      ['Tổng hợp kết quả, gửi Phòng Nông nghiệp và Môi trường trước ngày 15/10/2025.', '2025-10-15'],
    ];
    expect(read(text)).toEqual([
      { unit: 'Hội Liên hiệp Phụ nữ huyện', tasks },
      { unit: 'Hội Cựu chiến binh huyện', tasks },
    ]);
  });

  it('reads the title of one unit’s head before its name', () => {
    const text = 'Điều 2. Giao Giám đốc Sở Tư pháp chủ trì, phối hợp với các phòng, ban liên quan triển khai thực hiện Kế hoạch này.';
    expect(read(text)).toEqual([
      { unit: 'Giám đốc Sở Tư pháp', tasks: [['Chủ trì, phối hợp với các phòng, ban liên quan triển khai thực hiện Kế hoạch này.', null]] },
    ]);
  });

  it('reads a long list of groups after a cue inside a sentence, ending with "toàn thể Nhân dân"', () => {
    const text = `Thực hiện Công điện của Thủ tướng Chính phủ về việc chủ động ứng phó với đợt nắng nóng kéo dài, Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo phòng, chống thiên tai các cấp; Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố; Chủ tịch UBND các xã, phường, thị trấn; người đứng đầu các cơ quan, đơn vị, doanh nghiệp và toàn thể Nhân dân sử dụng nước tiết kiệm.`;
    const task = [['Sử dụng nước tiết kiệm.', null]];
    expect(read(text).map((a) => a.unit)).toEqual([
      'các thành viên Ban chỉ đạo phòng, chống thiên tai các cấp',
      'Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh',
      'Chủ tịch UBND các huyện, thị xã, thành phố',
      'Chủ tịch UBND các xã, phường, thị trấn',
      'người đứng đầu các cơ quan, đơn vị, doanh nghiệp',
      'toàn thể Nhân dân',
    ]);
    expect(read(text).every((a) => JSON.stringify(a.tasks) === JSON.stringify(task))).toBe(true);
  });

  it('reads a numbered heading that gives a unit its role in brackets, and a list of kinds of bodies without "các"', () => {
    const text = `IV. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng (cơ quan thường trực)
- Hướng dẫn các địa phương lập danh mục nhà ở xuống cấp.
- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2025.
2. Sở, ban, ngành, tổ chức chính trị - xã hội phối hợp tuyên truyền chính sách hỗ trợ nhà ở.`;
    const lead = {
      unit: 'Sở Xây dựng',
      tasks: [
        ['Hướng dẫn các địa phương lập danh mục nhà ở xuống cấp.', null],
        ['Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2025.', '2025-12-15'],
      ],
    };
    const partners = [['Phối hợp tuyên truyền chính sách hỗ trợ nhà ở.', null]];
    // The standard names know "tổ chức chính trị - xã hội" as a kind of body; with no names at all
    // the list does not read as one, and the sentence gives no task.
    expect(read(text)).toEqual(
      mode === 'none' ? [lead] : [lead, { unit: 'Sở, ban, ngành', tasks: partners }, { unit: 'tổ chức chính trị - xã hội', tasks: partners }],
    );
  });

  it('reads the name of a research institute whose words are also verbs', () => {
    const text = `3. Viện Nghiên cứu phát triển tỉnh chủ trì xây dựng bộ chỉ số đánh giá chuyển đổi số, hoàn thành trong tháng 11/2025.`;
    expect(read(text)).toEqual([
      {
        unit: 'Viện Nghiên cứu phát triển tỉnh',
        tasks: [['Chủ trì xây dựng bộ chỉ số đánh giá chuyển đổi số, hoàn thành trong tháng 11/2025.', '2025-11-30']],
      },
    ]);
  });

  it('gives no task for a sentence that only says to do what was asked', () => {
    const text = `Kính gửi: UBND các xã, thị trấn.
UBND huyện yêu cầu UBND các xã, thị trấn rà soát các hộ nghèo, báo cáo trước ngày 20/5/2024.
Yêu cầu UBND các xã, thị trấn nghiêm túc tổ chức triển khai thực hiện.`;
    expect(read(text)).toEqual([{ unit: 'UBND các xã, thị trấn', tasks: [['Rà soát các hộ nghèo, báo cáo trước ngày 20/5/2024.', '2024-05-20']] }]);
  });

  it('reads a dispatch whose addressees run into the body, a closing that asks for a report by a date, and a weekday before a date', () => {
    const text = `Kính gửi: Ông (Bà) Hiệu trưởng các trường trực thuộc. Thực hiện Kế hoạch số 45/KH-UBND ngày 02/5/2024 của UBND huyện, Phòng Giáo dục và Đào tạo yêu cầu các trường trực thuộc thực hiện các nội dung sau:
1. Kiểm tra hệ thống điện, phòng cháy trong khu vực trường học.
2. Tổ chức diễn tập thoát nạn vào lúc 8h00 ngày thứ Hai 13/5/2024.
Nhận được công văn này, yêu cầu ông (bà) Hiệu trưởng các trường trực thuộc nghiêm túc thực hiện và gửi báo cáo về Phòng trước 16h00 ngày 17/5/2024./.`;
    expect(read(text)).toEqual([
      {
        unit: 'các trường trực thuộc',
        tasks: [
          ['Kiểm tra hệ thống điện, phòng cháy trong khu vực trường học.', null],
          ['Tổ chức diễn tập thoát nạn vào lúc 8h00 ngày thứ Hai 13/5/2024.', '2024-05-13'],
        ],
      },
      { unit: 'Hiệu trưởng các trường trực thuộc', tasks: [['Nghiêm túc thực hiện và gửi báo cáo về Phòng trước 16h00 ngày 17/5/2024.', '2024-05-17']] },
    ]);
  });

  it('gives a task asked of "các trường" to each school the dispatch is addressed to', () => {
    const text = `Kính gửi:
- Hiệu trưởng các trường Mầm non;
- Hiệu trưởng các trường Tiểu học;
- Giám đốc Trung tâm Giáo dục nghề nghiệp huyện.
Đề nghị Hiệu trưởng các trường kiểm tra sổ sách thu chi học phí, gửi báo cáo trước ngày 10/4/2024.`;
    const tasks = [['Kiểm tra sổ sách thu chi học phí, gửi báo cáo trước ngày 10/4/2024.', '2024-04-10']];
    expect(read(text)).toEqual([
      { unit: 'Hiệu trưởng các trường Mầm non', tasks },
      { unit: 'Hiệu trưởng các trường Tiểu học', tasks },
    ]);
  });

  it('reads a broad list of bodies and people, with where they live, as one group before its verb', () => {
    const text = `THÔNG BÁO
Về việc treo cờ Tổ quốc
1. Tất cả các cơ quan, đơn vị, trường học, các cơ sở sản xuất kinh doanh và hộ gia đình trên địa bàn huyện treo cờ Tổ quốc từ ngày 01/9 đến hết ngày 03/9/2024.
2. Các cơ quan, đơn vị, doanh nghiệp và nhân dân trong thị trấn treo băng rôn chào mừng trước ngày 31/8/2024.`;
    expect(read(text)).toEqual([
      {
        unit: 'Tất cả các cơ quan, đơn vị, trường học, các cơ sở sản xuất kinh doanh và hộ gia đình trên địa bàn huyện',
        tasks: [['Treo cờ Tổ quốc từ ngày 01/9 đến hết ngày 03/9/2024.', '2024-09-03']],
      },
      { unit: 'Các cơ quan, đơn vị, doanh nghiệp và nhân dân trong thị trấn', tasks: [['Treo băng rôn chào mừng trước ngày 31/8/2024.', '2024-08-31']] },
    ]);
    expect(read('1. Tất cả các hộ gia đình nhân dân các dân tộc trên địa bàn huyện treo cờ Tổ quốc.')).toEqual([
      { unit: 'Tất cả các hộ gia đình nhân dân các dân tộc trên địa bàn huyện', tasks: [['Treo cờ Tổ quốc.', null]] },
    ]);
    expect(read('UBND xã đề nghị các cơ quan, trường học, bệnh viện và Nhân dân trên địa bàn xã treo cờ Tổ quốc.')).toEqual([
      { unit: 'các cơ quan, trường học, bệnh viện và Nhân dân trên địa bàn xã', tasks: [['Treo cờ Tổ quốc.', null]] },
    ]);
  });

  it('reads "GD&ĐT" as one abbreviation and a unit singled out with "Riêng" as its own assignment', () => {
    const text =
      'Giao các phòng GD&ĐT theo dõi chặt chẽ diễn biến mưa lũ, báo cáo trước ngày 10/9/2024. Riêng Phòng Y tế kiểm tra các trường học trước ngày 15/9/2024.';
    expect(read(text)).toEqual([
      { unit: 'các phòng GD&ĐT', tasks: [['Theo dõi chặt chẽ diễn biến mưa lũ, báo cáo trước ngày 10/9/2024.', '2024-09-10']] },
      { unit: 'Phòng Y tế', tasks: [['Kiểm tra các trường học trước ngày 15/9/2024.', '2024-09-15']] },
    ]);
  });

  it('reads no task in a plan’s funding section, and finds the subject after a clause that sets the scene', () => {
    const text = `III. KINH PHÍ THỰC HIỆN
1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách hằng năm của các cơ quan, đơn vị.
2. Các phòng, ban chủ động huy động các nguồn lực hợp pháp khác để thực hiện Kế hoạch.
IV. TỔ CHỨC THỰC HIỆN
1. Căn cứ nội dung Kế hoạch và tình hình thực tế, UBND các xã, thị trấn xây dựng kế hoạch của địa phương, hoàn thành trước ngày 30/6/2025.
- Trên cơ sở đề xuất của các phòng, ban, tổng hợp nhu cầu kinh phí.`;
    expect(read(text)).toEqual([
      {
        unit: 'UBND các xã, thị trấn',
        tasks: [
          ['Xây dựng kế hoạch của địa phương, hoàn thành trước ngày 30/6/2025.', '2025-06-30'],
          ['Trên cơ sở đề xuất của các phòng, ban, tổng hợp nhu cầu kinh phí.', null],
        ],
      },
    ]);
  });

  it('reads "thị" in a list as "thị xã", and a subject after "Lưu ý:"', () => {
    const text = `1. Ủy ban nhân dân các huyện, thị, thành phố vận động nhân dân treo cờ từ ngày 22/02/2025.
2. Lưu ý: Các đơn vị phường, xã cần kiểm tra việc treo cờ trên các tuyến đường.`;
    expect(read(text)).toEqual([
      { unit: 'Ủy ban nhân dân các huyện, thị, thành phố', tasks: [['Vận động nhân dân treo cờ từ ngày 22/02/2025.', null]] },
      { unit: 'Các đơn vị phường, xã', tasks: [['Cần kiểm tra việc treo cờ trên các tuyến đường.', null]] },
    ]);
  });

  it('takes an article’s posting date as the document’s date, for a day given without its year', () => {
    const text = `Thứ Bảy, 18/02/2017, 07:55 [GMT+7]
Trong đó, UBND tỉnh yêu cầu Sở Xây dựng báo cáo kết quả trước ngày 25-2.`;
    const draft = parseDirective(text, { ...unitOptions(mode), calendar, today: '2026-12-02' });
    expect(draft.date).toBe('2017-02-18');
    expect(draft.assignments[0]?.tasks[0]?.deadline).toBe('2017-02-25');
  });

  it('reads an article’s headline and dateline as no assignment, and the directions of its body', () => {
    const text = `UBND tỉnh yêu cầu Sở Xây dựng sớm kiểm tra các công trình vi phạm
Thứ Hai, 04/03/2024, 08:15 [GMT+7]
(BĐT) - UBND tỉnh vừa có văn bản chỉ đạo xử lý các công trình xây dựng trái phép.
Theo đó, UBND tỉnh yêu cầu Sở Xây dựng kiểm tra các công trình vi phạm, báo cáo kết quả trước ngày 20/3/2024.`;
    expect(read(text)).toEqual([{ unit: 'Sở Xây dựng', tasks: [['Kiểm tra các công trình vi phạm, báo cáo kết quả trước ngày 20/3/2024.', '2024-03-20']] }]);
  });

  it('reads a photo’s caption, credit included, as no direction', () => {
    const text = `Ninh Phước: Triển khai kế hoạch sản xuất cánh đồng lớn năm 2024

Ngày 22-11, UBND huyện Ninh Phước tổ chức cuộc họp triển khai kế hoạch sản xuất cánh đồng lớn năm 2024.

UBND huyện yêu cầu UBND các xã liên kết với các doanh nghiệp cung ứng giống cho nông dân.

UBND huyện Ninh Phước triển khai thực hiện kế hoạch sản xuất
cánh đồng lớn năm 2024. Ảnh: S.Ngọc

Tại cuộc họp, UBND huyện yêu cầu UBND các xã phối hợp tuyên truyền vận động nông dân chuyển đổi cây trồng.`;
    expect(read(text)).toEqual([
      { unit: 'UBND các xã', tasks: [['Liên kết với các doanh nghiệp cung ứng giống cho nông dân.', null]] },
      { unit: 'UBND các xã', tasks: [['Phối hợp tuyên truyền vận động nông dân chuyển đổi cây trồng.', null]] },
    ]);
  });

  it('reads a group of committees that directs its own stations as the one given the duty', () => {
    const text = '2. Ủy ban nhân dân các xã, phường chỉ đạo Đài truyền thanh cơ sở tiếp âm chương trình khai mạc Đại hội vào sáng ngày 15/5/2024.';
    expect(read(text)).toEqual([
      {
        unit: 'Ủy ban nhân dân các xã, phường',
        tasks: [['Chỉ đạo Đài truyền thanh cơ sở tiếp âm chương trình khai mạc Đại hội vào sáng ngày 15/5/2024.', '2024-05-15']],
      },
    ]);
  });

  it('ends an article at a link to another one, a byline or a newspaper’s credit', () => {
    const article = (tail: string) => `Tại buổi làm việc, Chủ tịch UBND huyện yêu cầu UBND xã An Hòa hoàn thành việc giải phóng mặt bằng trước ngày 30/6/2024.
${tail}
Các hộ dân cho biết sẽ chấp hành.`;
    for (const tail of ['>> Dự án chậm tiến độ vì vướng mặt bằng', 'Thực hiện: Minh Anh', 'Theo Báo giấy']) {
      expect(read(article(tail))).toEqual([{ unit: 'UBND xã An Hòa', tasks: [['Hoàn thành việc giải phóng mặt bằng trước ngày 30/6/2024.', '2024-06-30']] }]);
    }
  });

  it('ends a unit’s name at a quotation mark', () => {
    const text = 'Chủ tịch UBND huyện yêu cầu Chủ tịch UBND xã An Hòa “hoàn thành việc tháo dỡ công trình vi phạm trước ngày 10/2/2024”.';
    expect(read(text)).toEqual([
      { unit: 'Chủ tịch UBND xã An Hòa', tasks: [['“hoàn thành việc tháo dỡ công trình vi phạm trước ngày 10/2/2024”.', '2024-02-10']] },
    ]);
  });

  it('reads several addressees written on one line, separated by commas', () => {
    const text = `Kính gửi: Phòng Nội vụ, Phòng Tài chính - Kế hoạch, UBND các xã, thị trấn.
Để chuẩn bị cho kỳ họp, UBND huyện đề nghị các đơn vị rà soát số liệu biên chế, gửi về Phòng Nội vụ trước ngày 15/3/2024.`;
    const tasks = [['Rà soát số liệu biên chế, gửi về Phòng Nội vụ trước ngày 15/3/2024.', '2024-03-15']];
    expect(read(text)).toEqual([
      { unit: 'Phòng Nội vụ', tasks },
      { unit: 'Phòng Tài chính - Kế hoạch', tasks },
      { unit: 'UBND các xã, thị trấn', tasks },
    ]);
  });

  it('reads a unit before a colon as the subject of the direction after it, and "các đoàn thể chính trị - xã hội" whole', () => {
    const text = `III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: Chỉ đạo các trường học tổ chức các hoạt động ngoại khóa về truyền thống.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện phối hợp tuyên truyền, vận động hội viên tham gia.`;
    const partners = [['Phối hợp tuyên truyền, vận động hội viên tham gia.', null]];
    expect(read(text)).toEqual([
      { unit: 'Phòng Giáo dục và Đào tạo', tasks: [['Chỉ đạo các trường học tổ chức các hoạt động ngoại khóa về truyền thống.', null]] },
      { unit: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', tasks: partners },
      { unit: 'các đoàn thể chính trị - xã hội huyện', tasks: partners },
    ]);
  });

  it('reads a known name that the text goes on with, up to its level, as the longer name', () => {
    const text =
      'Giao Ban Quản lý Dự án đầu tư khu vực huyện phối hợp với các cơ quan liên quan hoàn thiện hạ tầng khu dân cư, hoàn thành trước ngày 30/5/2024.';
    expect(read(text).map((a) => [a.unit, a.tasks[0]?.[0]])).toEqual([
      ['Ban Quản lý Dự án đầu tư khu vực huyện', 'Phối hợp với các cơ quan liên quan hoàn thiện hạ tầng khu dân cư, hoàn thành trước ngày 30/5/2024.'],
    ]);
    // A verb after the name is no part of it, whatever comes after.
    expect(read('Giao Phòng Tài chính - Kế hoạch cân đối nguồn vốn cho các xã.').map((a) => a.unit)).toEqual(['Phòng Tài chính - Kế hoạch']);
  });

  it('reads the proper names of the places a group narrows to as part of the group, up to the next unit', () => {
    const text = `Kết luận cuộc họp, đồng chí Chủ tịch đề nghị UBND các xã, phường Hòa Bình, Tân Lập và Thanh Thủy tiếp tục tăng cường công tác tuyên truyền.
Giao UBND các xã, thị trấn, Phòng Nội vụ rà soát hồ sơ.`;
    expect(read(text)).toEqual([
      { unit: 'UBND các xã, phường Hòa Bình, Tân Lập và Thanh Thủy', tasks: [['Tiếp tục tăng cường công tác tuyên truyền.', null]] },
      { unit: 'UBND các xã, thị trấn', tasks: [['Rà soát hồ sơ.', null]] },
      { unit: 'Phòng Nội vụ', tasks: [['Rà soát hồ sơ.', null]] },
    ]);
  });

  it('reads "các" said again before another kind of body, or after a group narrowed to a field, as a second group, but not in a list of everyone', () => {
    const text = `Đề nghị các xã, các phòng, ban chuyên môn phối hợp chặt chẽ với đơn vị tư vấn.
Đề nghị các cơ quan, đơn vị, các ngành có liên quan theo dõi.
Tất cả các cơ quan, đơn vị, các xã, thị trấn treo cờ Tổ quốc.
Giám đốc Sở yêu cầu các phòng GD&ĐT, các đơn vị trực thuộc theo dõi chặt chẽ tình hình mưa lũ.`;
    expect(read(text)).toEqual([
      { unit: 'các xã', tasks: [['Phối hợp chặt chẽ với đơn vị tư vấn.', null]] },
      { unit: 'các phòng, ban chuyên môn', tasks: [['Phối hợp chặt chẽ với đơn vị tư vấn.', null]] },
      { unit: 'các cơ quan, đơn vị, các ngành có liên quan', tasks: [['Theo dõi.', null]] },
      { unit: 'Tất cả các cơ quan, đơn vị, các xã, thị trấn', tasks: [['Treo cờ Tổ quốc.', null]] },
      { unit: 'các phòng GD&ĐT', tasks: [['Theo dõi chặt chẽ tình hình mưa lũ.', null]] },
      { unit: 'các đơn vị trực thuộc', tasks: [['Theo dõi chặt chẽ tình hình mưa lũ.', null]] },
    ]);
  });

  it('reads a numbered heading over its items as the names of whom the items are for, with the words that qualify them', () => {
    const text = `KẾ HOẠCH

III. TỔ CHỨC THỰC HIỆN

1. Sở Xây dựng

- Hướng dẫn các doanh nghiệp viễn thông xây dựng hạ tầng.

2. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan

- Tuân thủ các quy định về cấp phép.

3. Đề nghị các tổ chức, cá nhân có liên quan gửi ý kiến trước ngày 10/7/2024.`;
    expect(read(text)).toEqual([
      { unit: 'Sở Xây dựng', tasks: [['Hướng dẫn các doanh nghiệp viễn thông xây dựng hạ tầng.', null]] },
      { unit: 'Các doanh nghiệp viễn thông', tasks: [['Tuân thủ các quy định về cấp phép.', null]] },
      { unit: 'tổ chức, cá nhân có liên quan', tasks: [['Tuân thủ các quy định về cấp phép.', null]] },
      { unit: 'các tổ chức, cá nhân có liên quan', tasks: [['Gửi ý kiến trước ngày 10/7/2024.', '2024-07-10']] },
    ]);
  });

  it('reads a last paragraph that asks for work before its closing words as a task, and a closing that only asks to carry out as none', () => {
    const text = `UBND thị trấn đề nghị các cơ quan, đơn vị treo cờ Tổ quốc từ ngày 06/5 đến hết ngày 25/5/2024.
UBND thị trấn đề nghị thủ trưởng các cơ quan, đơn vị chỉ đạo tổ chức tổng vệ sinh tại trụ sở cơ quan, đơn vị, trường học, nơi công cộng và thông báo để cán bộ, công chức, viên chức, người lao động và nhân dân biết, thực hiện./.`;
    const closing = `UBND thị trấn đề nghị các cơ quan, đơn vị treo cờ Tổ quốc từ ngày 06/5 đến hết ngày 25/5/2024.
UBND thị trấn đề nghị các cơ quan, đơn vị, các khu dân cư quan tâm, phối hợp thực hiện./.`;
    const flags = { unit: 'các cơ quan, đơn vị', tasks: [['Treo cờ Tổ quốc từ ngày 06/5 đến hết ngày 25/5/2024.', '2024-05-25']] };
    expect(read(text)).toEqual([
      flags,
      {
        unit: 'thủ trưởng các cơ quan, đơn vị',
        tasks: [
          [
            'Chỉ đạo tổ chức tổng vệ sinh tại trụ sở cơ quan, đơn vị, trường học, nơi công cộng và thông báo để cán bộ, công chức, viên chức, người lao động và nhân dân biết, thực hiện.',
            null,
          ],
        ],
      },
    ]);
    expect(read(closing)).toEqual([flags]);
  });

  it('reads the authority a decision opens with, above its legal grounds, as no signature', () => {
    const text = `QUYẾT ĐỊNH
BAN HÀNH KẾ HOẠCH RÀ SOÁT VĂN BẢN NĂM 2024
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch rà soát văn bản năm 2024.
Điều 2. Giao Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện Kế hoạch.`;
    expect(read(text)).toEqual([{ unit: 'Sở Tư pháp', tasks: [['Chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện Kế hoạch.', null]] }]);
  });

  it('reads "cấp ủy, chính quyền" with whose they are as one group', () => {
    const text = `THÔNG BÁO
Về công tác phòng, chống bão số 4
1. Cấp ủy, chính quyền các thôn kiểm tra, nhắc nhở các hộ dân ở nơi xung yếu chằng chống nhà cửa.
2. Đề nghị cấp ủy, chính quyền các cấp tăng cường lãnh đạo công tác phòng, chống bão.`;
    expect(read(text)).toEqual([
      { unit: 'Cấp ủy, chính quyền các thôn', tasks: [['Kiểm tra, nhắc nhở các hộ dân ở nơi xung yếu chằng chống nhà cửa.', null]] },
      { unit: 'cấp ủy, chính quyền các cấp', tasks: [['Tăng cường lãnh đạo công tác phòng, chống bão.', null]] },
    ]);
  });

  it('reads a number before a kind of body as "các" does, and a later sentence that names who asks before its cue', () => {
    const text = `Tin

Đối với diện tích lúa cấy lại, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu hai huyện chỉ đạo nông dân chủ động phòng, trừ sâu bệnh. Đồng chí giao Sở Nông nghiệp và Phát triển nông thôn theo dõi, đánh giá hiệu quả của từng giống lúa.`;
    expect(read(text)).toEqual([
      { unit: 'hai huyện', tasks: [['Chỉ đạo nông dân chủ động phòng, trừ sâu bệnh.', null]] },
      { unit: 'Sở Nông nghiệp và Phát triển nông thôn', tasks: [['Theo dõi, đánh giá hiệu quả của từng giống lúa.', null]] },
    ]);
  });

  it('reads a request to tell people of an event, but not the event’s particulars or the invitation that closes it', () => {
    const text = `Thông báo dự xem Liên hoan Nghệ thuật quần chúng

Để góp phần vào thành công của Liên hoan, UBND huyện đề nghị lãnh đạo các cơ quan, ban ngành, hội đoàn thể, UBND các xã, thị trấn thông báo triệu tập cán bộ, viên chức và nhân dân đến dự xem.

Thời gian diễn ra liên hoan trong 2 ngày 25 và 26/10/2023; khai mạc vào lúc 19h ngày 25/10/2023.

Địa điểm: Trung tâm Văn hóa huyện

Vậy kính mời đồng bào, đồng chí và các bạn đón xem Liên hoan.`;
    const task = [['Thông báo triệu tập cán bộ, viên chức và nhân dân đến dự xem.', null]];
    expect(read(text)).toEqual([
      { unit: 'lãnh đạo các cơ quan, ban ngành, hội đoàn thể', tasks: task },
      { unit: 'UBND các xã, thị trấn', tasks: task },
    ]);
  });

  it('reads a name with "Chương trình" in it and the several places its levels name, up to the next unit', () => {
    const text = `Tin

Chủ tịch UBND tỉnh giao Ban Chỉ đạo các Chương trình Mục tiêu Quốc gia huyện Đăk Tô, Ngọc Hồi và xã Kon Đào, Pờ Y có trách nhiệm duy trì các tiêu chí đã đạt được.
Giao Phòng Nội vụ huyện An Dương, Phòng Tư pháp và UBND xã An Hòa kiểm tra hồ sơ.`;
    expect(read(text)).toEqual([
      {
        unit: 'Ban Chỉ đạo các Chương trình Mục tiêu Quốc gia huyện Đăk Tô, Ngọc Hồi và xã Kon Đào, Pờ Y',
        tasks: [['Có trách nhiệm duy trì các tiêu chí đã đạt được.', null]],
      },
      { unit: 'Phòng Nội vụ huyện An Dương', tasks: [['Kiểm tra hồ sơ.', null]] },
      { unit: 'Phòng Tư pháp', tasks: [['Kiểm tra hồ sơ.', null]] },
      { unit: 'UBND xã An Hòa', tasks: [['Kiểm tra hồ sơ.', null]] },
    ]);
  });

  it('reads what is asked in quotation marks after a cue inside a sentence', () => {
    const text = `Tin

Sau khi báo đăng, Đội quản lý trật tự đô thị quận đã kiểm tra, báo cáo, và Chủ tịch UBND quận yêu cầu Chủ tịch UBND phường “Thời gian lập thủ tục và xử lý xong chậm nhất là ngày 10-2-2024”.`;
    expect(read(text)).toEqual([
      { unit: 'Chủ tịch UBND phường', tasks: [['“Thời gian lập thủ tục và xử lý xong chậm nhất là ngày 10-2-2024”.', '2024-02-10']] },
    ]);
  });

  it('reads a team ("Tổ …") before a capitalised word as a unit, and "tổ chức" as the verb it is', () => {
    const text = `Tin

Qua cuộc họp, đồng chí Phó Chủ tịch đưa ra kết luận:
- Tổ Địa chính, tổ Kiểm tra phải tăng cường công tác phối hợp theo dõi địa bàn.
- Tổ chức kiểm tra các điểm tập kết khoáng sản trong tháng.`;
    const task = [['Phải tăng cường công tác phối hợp theo dõi địa bàn.', null]];
    expect(read(text).slice(0, 2)).toEqual([
      { unit: 'Tổ Địa chính', tasks: task },
      { unit: 'tổ Kiểm tra', tasks: task },
    ]);
    expect(read(text).map((assignment) => assignment.unit)).not.toContain('Tổ chức');
  });

  it('ignores the preamble of a decision, its closing article and a web page’s furniture', () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 148/TTr-STP ngày 20/12/2019,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Chương trình công tác tư pháp năm 2020.
Điều 2. Giao Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan triển khai thực hiện Chương trình này.
Điều 3.
Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động
- Thương binh và Xã hội, Nội vụ; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.
Xem chi tiết tại đây
SỐ LƯỢT TRUY CẬP`;
    expect(read(text)).toEqual([
      { unit: 'Sở Tư pháp', tasks: [['Chủ trì, phối hợp với các sở, ngành liên quan triển khai thực hiện Chương trình này.', null]] },
    ]);
  });
});

describe('text copied from a web page', () => {
  it('reads HTML entities, tags and non-breaking spaces as the page shows them', () => {
    const html =
      '<p><strong>Số: 15/TB-UBND</strong></p><p>Kr&ocirc;ng P&#7855;c, ng&agrave;y 10 th&aacute;ng 6 n&#259;m 2024</p>\n' +
      '<p>Giao Ph&ograve;ng Y&nbsp;t&#7871; ki&#7875;m tra an to&agrave;n th&#7921;c ph&#7849;m, b&aacute;o c&aacute;o tr&#432;&#7899;c ng&agrave;y 20/6/2024.</p>';
    const draft = parseDirective(html, { units: [], calendar, today: '2024-06-10' });
    expect(draft.date).toBe('2024-06-10');
    expect(draft.assignments.map((a) => [a.unitText, a.tasks.map((t) => [t.text, t.deadline])])).toEqual([
      ['Phòng Y tế', [['Kiểm tra an toàn thực phẩm, báo cáo trước ngày 20/6/2024.', '2024-06-20']]],
    ]);
    // Every range still points into what was pasted.
    const range = draft.assignments[0]?.range;
    expect(range && html.slice(range.start, range.end)).toBe('Ph&ograve;ng Y&nbsp;t&#7871;');
  });

  it('keeps a character outside the basic plane that an entity stands for whole', () => {
    const draft = parseDirective('Giao Phòng Y tế treo băng rôn &#x1F1FB;&#x1F1F3; chào mừng, hoàn thành trước ngày 20/6/2024.', {
      units: [],
      calendar,
      today: '2024-06-10',
    });
    expect(draft.assignments[0]?.tasks[0]?.text).toBe('Treo băng rôn 🇻🇳 chào mừng, hoàn thành trước ngày 20/6/2024.');
  });
});
