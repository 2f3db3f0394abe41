import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PartialType } from '@nestjs/swagger';
import { UNIT_KINDS, type UnitKind } from '@dondoc/domain';

export class CreateUnitDto {
  @IsString() @Length(1, 64) @Matches(/^[A-Za-z0-9_.-]+$/, { message: 'code chỉ gồm chữ không dấu, số, ".", "_" hoặc "-"' })
  code!: string;

  @IsString() @Length(1, 255)
  name!: string;

  @IsIn(UNIT_KINDS)
  kind!: UnitKind;

  @IsOptional() @IsUUID()
  parentId?: string | null;

  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 255, { each: true })
  aliases?: string[];

  @IsOptional() @IsEmail()
  email?: string | null;

  @IsOptional() @IsUUID()
  headUserId?: string | null;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {
  @IsOptional() @IsBoolean()
  active?: boolean;
}
